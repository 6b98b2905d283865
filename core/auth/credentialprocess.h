#pragma once

#include "s3/s3types.h"
#include "util/result.h"

#include <QProcessEnvironment>
#include <QString>

namespace PartSweep::Auth {

// Runs a credential_process command line (split like a POSIX shell would split words, but no
// shell runs: no variables, pipes or redirections) with env, and reads the JSON it prints on
// stdout: {"Version": 1, "AccessKeyId", "SecretAccessKey", "SessionToken"?, "Expiration"? (ISO 8601)}.
// Errors: the program cannot start, exits non-zero (the message has the exit code and the first
// line of stderr), runs longer than timeoutMs (it is killed), prints something else than such
// JSON, or hands out credentials whose Expiration has passed. Stdout is never quoted in errors.
// BLOCKING: call it from the command-line tool or a worker thread, never the GUI thread.
Result<AwsCredentials> runCredentialProcess(const QProcessEnvironment &env, const QString &commandLine,
                                            const QString &profile, int timeoutMs);

// The credentials a credential_process printed (output: its stdout), checked as above; program
// names it in messages. Pure: what runCredentialProcess does once the program has finished.
Result<AwsCredentials> parseCredentialProcessOutput(const QByteArray &output, const QString &profile,
                                                    const QString &program);

} // namespace PartSweep::Auth
