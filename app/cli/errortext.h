#pragma once

#include "util/s3error.h"

namespace PartSweep::Cli {

// An error as partsweep-cli prints it: S3Error::toString() with the settings its hint names
// (S3Error::settings) called by their command-line names ("--ca-bundle, AWS_CA_BUNDLE or
// ca_bundle in the profile" instead of "the CA bundle setting"), control characters escaped
// (printable()): keys and server messages are not to be trusted on a terminal.
QString errorText(const S3Error &error);

} // namespace PartSweep::Cli
