# The QtKeychain secret store, added to the partsweep executable.
