# Tests of the cleanup engine, the journal, reports and partsweep-cli abort.
