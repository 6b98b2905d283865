# Sources of the cleanup engine (abort workers, journal, reports), added to partsweep_core.
target_sources(partsweep_core PRIVATE
    cleanuptypes.cpp cleanuptypes.h
    cleanupjob.cpp cleanupjob.h
    cleanupjournal.cpp cleanupjournal.h
    cleanupreport.cpp cleanupreport.h
    cleanupmodel.cpp cleanupmodel.h
)
