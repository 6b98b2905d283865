# Sources of the connections area, added to partsweep_core: saved connections (no secrets), the
# secret store interface (the keychain implementation lives in app/), resolution off the GUI
# thread and "Test connection".
target_sources(partsweep_core PRIVATE
    connectionstore.cpp connectionstore.h
    secretstore.cpp secretstore.h
    connectionresolver.cpp connectionresolver.h
    connectiontester.cpp connectiontester.h
)
