#include "util/logging.h"

Q_LOGGING_CATEGORY(lcApp, "partsweep.app", QtInfoMsg)
Q_LOGGING_CATEGORY(lcS3, "partsweep.s3", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCleanup, "partsweep.cleanup", QtInfoMsg)
