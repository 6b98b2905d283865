# Tests of the cleanup engine, the journal, reports and partsweep-cli abort.

# --- unit: the engine on the fault-injecting FAKE server, the journal, reports, the model ---
partsweep_add_test(tst_cleanupjob SOURCES unit/tst_cleanupjob.cpp LIBRARIES partsweep_faultyserver LABELS unit)
partsweep_add_test(tst_cleanupjournal SOURCES unit/tst_cleanupjournal.cpp LIBRARIES partsweep_faultyserver
    LABELS unit)
partsweep_add_test(tst_cleanupmodel SOURCES unit/tst_cleanupmodel.cpp LIBRARIES partsweep_faultyserver LABELS unit)

# --- integration: the real server (each test makes its own buckets; the seeded ones are untouched) ---
partsweep_add_test(tst_cleanup SOURCES integration/tst_cleanup.cpp LIBRARIES partsweep_testsupport LABELS integration)
partsweep_add_script_test(cli_abort_on_sandbox ${CMAKE_CURRENT_SOURCE_DIR}/integration/test_abort_cli.sh
    LABELS integration NEEDS_S3 ARGS $<TARGET_FILE:partsweep-cli>)
