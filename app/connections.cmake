# The QtKeychain-backed secret store: a small library so that its tests link it without the
# executable; added to the partsweep executable (never to partsweep-cli or partsweep_core).
add_library(partsweep_keychain STATIC keychainsecretstore.cpp keychainsecretstore.h)
target_include_directories(partsweep_keychain PUBLIC ${CMAKE_CURRENT_SOURCE_DIR})
target_link_libraries(partsweep_keychain
    PUBLIC partsweep_core Qt6Keychain::Qt6Keychain
    PRIVATE partsweep_options)
target_link_libraries(partsweep PRIVATE partsweep_keychain)
