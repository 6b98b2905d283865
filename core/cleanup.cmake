# Sources of the cleanup engine (abort workers, journal, reports), added to partsweep_core.
