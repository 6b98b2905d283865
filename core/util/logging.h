#pragma once

#include <QLoggingCategory>

// Logging categories. Enable with QT_LOGGING_RULES="partsweep.*.debug=true".
// Nothing logged under any category may contain a secret key, a session token or an
// Authorization header value.
Q_DECLARE_LOGGING_CATEGORY(lcApp)     // partsweep.app: start-up, wiring, shutdown
Q_DECLARE_LOGGING_CATEGORY(lcS3)      // partsweep.s3: requests and responses (redacted)
Q_DECLARE_LOGGING_CATEGORY(lcCleanup) // partsweep.cleanup: abort and verification workers
