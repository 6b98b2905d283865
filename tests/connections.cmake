# Tests of connections: settings store, keychain, connection test, dialog.

# --- unit ---
partsweep_add_test(tst_connectionstore SOURCES unit/tst_connectionstore.cpp LIBRARIES partsweep_core LABELS unit)
partsweep_add_test(tst_connectionsecrets SOURCES unit/tst_connectionsecrets.cpp LIBRARIES partsweep_core
    LABELS unit)
partsweep_add_test(tst_connectionresolver SOURCES unit/tst_connectionresolver.cpp LIBRARIES partsweep_core
    LABELS unit)
# TLS faults (self-signed, wrong host name, plain HTTP on https) from local fake servers
partsweep_add_test(tst_connectiontester_tls SOURCES unit/tst_connectiontester_tls.cpp LIBRARIES partsweep_core
    LABELS unit)

# --- gui: the connection manager on the offscreen platform, with a memory secret store ---
partsweep_add_test(tst_connectiondialog SOURCES gui/tst_connectiondialog.cpp LIBRARIES partsweep_ui LABELS gui)

# --- integration: "Test connection" against the S3 sandbox ---
partsweep_add_test(tst_connectiontester SOURCES integration/tst_connectiontester.cpp
    LIBRARIES partsweep_testsupport LABELS integration)

# --- keychain: KeychainSecretStore with gnome-keyring's Secret Service on a private D-Bus session,
# and with no keychain service at all (the script runs the binary in both setups) ---
add_executable(tst_keychainsecretstore unit/tst_keychainsecretstore.cpp)
target_link_libraries(tst_keychainsecretstore PRIVATE Qt6::Test partsweep_options partsweep_keychain)
add_test(NAME tst_keychainsecretstore
    COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/unit/test_keychain.sh $<TARGET_FILE:tst_keychainsecretstore>)
set_tests_properties(tst_keychainsecretstore PROPERTIES LABELS "unit;keychain" TIMEOUT 120 SKIP_RETURN_CODE 77)
