# Tests of connections: settings store, keychain, connection test, dialog.
