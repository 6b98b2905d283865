# Tests of HTTPS (custom CA bundle, --no-verify-ssl) and virtual-hosted addressing on the sandbox.
