# Tests of HTTPS (custom CA bundle, --no-verify-ssl) and virtual-hosted addressing on the sandbox.

# A forward proxy that connects every host name to 127.0.0.1: virtual-hosted names such as
# "bucket.localhost" (which this machine does not resolve) and HTTPS_PROXY tunnels.
add_library(partsweep_forwardproxy STATIC support/forwardproxy.cpp support/forwardproxy.h)
target_include_directories(partsweep_forwardproxy PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/support)
target_link_libraries(partsweep_forwardproxy PUBLIC Qt6::Network PRIVATE partsweep_options)

# Virtual-hosted addressing: reads the seeded buckets of the shared S3 fixture (plain HTTP).
partsweep_add_test(tst_virtualhost SOURCES integration/tst_virtualhost.cpp
    LIBRARIES partsweep_testsupport partsweep_forwardproxy LABELS integration)
target_compile_definitions(tst_virtualhost PRIVATE PARTSWEEP_CLI_PATH="$<TARGET_FILE:partsweep-cli>")
add_dependencies(tst_virtualhost partsweep-cli)

# HTTPS: each of these starts its own small TLS sandbox (s3-sandbox start --tls: about 1 s,
# unseeded), creates the few uploads it needs and stops it, so they do not wait for the shared
# fixture's 75 s of seeding and that fixture stays plain HTTP for everyone else.
# tst_tls runs under a guard that stops its sandbox even when the test crashes or is interrupted.
add_executable(tst_tls integration/tst_tls.cpp)
target_link_libraries(tst_tls PRIVATE Qt6::Test partsweep_options partsweep_testsupport partsweep_forwardproxy)
target_compile_definitions(tst_tls PRIVATE PARTSWEEP_SCRIPTS_DIR="${PARTSWEEP_SCRIPTS_DIR}")
partsweep_add_script_test(tst_tls ${CMAKE_CURRENT_SOURCE_DIR}/integration/test_tls_guard.sh
    LABELS integration ARGS $<TARGET_FILE:tst_tls>)
partsweep_add_script_test(cli_tls ${CMAKE_CURRENT_SOURCE_DIR}/integration/test_tls_cli.sh
    LABELS integration ARGS $<TARGET_FILE:partsweep-cli>)
