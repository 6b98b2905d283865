#include "auth/credentialprocess.h"

#include "auth/authsupport.h"
#include "auth/awsconfigfile.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

namespace PartSweep::Auth {

Result<AwsCredentials> runCredentialProcess(const QProcessEnvironment &env, const QString &commandLine,
                                            const QString &profile, int timeoutMs)
{
    const QString what = QStringLiteral("The credential_process of profile %1").arg(quoted(profile));
    const std::optional<QStringList> words = splitCommandLine(commandLine);
    if (!words || words->isEmpty()) {
        return configError(what + QStringLiteral(" is not a valid command line (empty, or a quote is not closed)."),
                           QStringLiteral("Quote arguments as in a POSIX shell."));
    }
    // Only the program is named in messages: arguments may carry tokens.
    const QString program = words->first();

    QProcess process;
    process.setProcessEnvironment(env);
    process.setStandardInputFile(QProcess::nullDevice());
    QElapsedTimer clock;
    clock.start();
    process.start(program, words->mid(1));
    if (!process.waitForStarted(timeoutMs)) {
        return credentialsError(what + QStringLiteral(" could not start %1: %2.").arg(program, process.errorString()),
                                QStringLiteral("Check the program's path and that it is executable."));
    }
    const int remaining = int(std::max<qint64>(0, timeoutMs - clock.elapsed()));
    if (!process.waitForFinished(remaining)) {
        process.kill();
        process.waitForFinished(1000);
        return credentialsError(
            what + QStringLiteral(" (%1) did not finish within %2 ms and was stopped.").arg(program).arg(timeoutMs),
            QStringLiteral("Run it by hand to see whether it waits for input or a sign-in."));
    }

    const QString stderrText = QString::fromUtf8(process.readAllStandardError());
    QString stderrLine;
    for (const QString &line : stderrText.split(u'\n')) {
        if (!line.trimmed().isEmpty()) {
            stderrLine = line.trimmed().left(300);
            break;
        }
    }
    if (process.exitStatus() == QProcess::CrashExit) {
        return credentialsError(what + QStringLiteral(" (%1) was killed by a signal%2.")
                                           .arg(program, stderrLine.isEmpty() ? QString() : u": " + stderrLine));
    }
    if (process.exitCode() != 0) {
        return credentialsError(what + QStringLiteral(" (%1) failed with exit code %2%3.")
                                           .arg(program)
                                           .arg(process.exitCode())
                                           .arg(stderrLine.isEmpty() ? QStringLiteral(" and printed nothing on stderr")
                                                                     : u": " + stderrLine),
                                QStringLiteral("Run it by hand to see the whole message."));
    }

    // Never quote stdout: it is full of secrets even when malformed.
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(process.readAllStandardOutput(), &parseError);
    const QString badOutput = what + QStringLiteral(" (%1) did not print the expected JSON: %2.");
    const QString formatHint = QStringLiteral("It must print {\"Version\": 1, \"AccessKeyId\": ..., "
                                              "\"SecretAccessKey\": ..., \"SessionToken\": ..., \"Expiration\": ...}.");
    if (parseError.error != QJsonParseError::NoError) {
        return credentialsError(
            badOutput.arg(program,
                          QStringLiteral("%1 at offset %2").arg(parseError.errorString()).arg(parseError.offset)),
            formatHint);
    }
    if (!document.isObject())
        return credentialsError(badOutput.arg(program, QStringLiteral("not a JSON object")), formatHint);
    const QJsonObject json = document.object();
    if (!json.value(QStringLiteral("Version")).isDouble() || json.value(QStringLiteral("Version")).toDouble() != 1.0) {
        return credentialsError(badOutput.arg(program, QStringLiteral("\"Version\" is missing or not 1, the only "
                                                                      "version there is")),
                                formatHint);
    }
    AwsCredentials credentials;
    credentials.accessKeyId = json.value(QStringLiteral("AccessKeyId")).toString();
    credentials.secretAccessKey = json.value(QStringLiteral("SecretAccessKey")).toString();
    credentials.sessionToken = json.value(QStringLiteral("SessionToken")).toString();
    if (credentials.accessKeyId.isEmpty() || credentials.secretAccessKey.isEmpty()) {
        return credentialsError(
            badOutput.arg(program, QStringLiteral("\"AccessKeyId\" or \"SecretAccessKey\" is missing or empty")),
            formatHint);
    }
    credentials.source = QStringLiteral("credential_process of profile %1").arg(quoted(profile));
    const QJsonValue expiration = json.value(QStringLiteral("Expiration"));
    if (!expiration.isUndefined() && !expiration.isNull()) {
        credentials.expiration = parseTimestamp(expiration.toString());
        if (!credentials.expiration.isValid()) {
            return credentialsError(badOutput.arg(program, QStringLiteral("\"Expiration\" is not an ISO 8601 time")),
                                    formatHint);
        }
    }
    if (const auto expired = expiredError(credentials)) {
        S3Error error = *expired;
        error.hint = QStringLiteral("The program handed out credentials that had already expired; run it by hand, "
                                    "sign in again if it asks, and retry.");
        return error;
    }
    return credentials;
}

} // namespace PartSweep::Auth
