#include "auth/credentialprocess.h"

#include "auth/authsupport.h"
#include "auth/awsconfigfile.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

namespace PartSweep::Auth {

Result<AwsCredentials> runCredentialProcess(const QProcessEnvironment &env, const QString &commandLine,
                                            const QString &profile, int timeoutMs)
{
    const QString name = quoted(profile);
    const std::optional<QStringList> words = splitCommandLine(commandLine);
    if (!words || words->isEmpty()) {
        return configError(QCoreApplication::translate("Auth", "The credential_process of profile %1 is not a valid "
                                                               "command line (empty, or a quote is not closed).")
                               .arg(name),
                           QCoreApplication::translate("Auth", "Quote arguments as in a POSIX shell."));
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
        return credentialsError(
            QCoreApplication::translate("Auth", "The credential_process of profile %1 could not start %2: %3.")
                .arg(name, program, process.errorString()),
            QCoreApplication::translate("Auth", "Check the program's path and that it is executable."));
    }
    const int remaining = int(std::max<qint64>(0, timeoutMs - clock.elapsed()));
    if (!process.waitForFinished(remaining)) {
        process.kill();
        process.waitForFinished(1000);
        return credentialsError(
            QCoreApplication::translate("Auth", "The credential_process of profile %1 (%2) did not finish within %3 ms "
                                                "and was stopped.")
                .arg(name, program, QString::number(timeoutMs)),
            QCoreApplication::translate("Auth", "Run it by hand to see whether it waits for input or a sign-in."));
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
        return credentialsError(
            stderrLine.isEmpty()
                ? QCoreApplication::translate("Auth", "The credential_process of profile %1 (%2) was killed by a "
                                                      "signal.")
                      .arg(name, program)
                : QCoreApplication::translate("Auth", "The credential_process of profile %1 (%2) was killed by a "
                                                      "signal: %3.")
                      .arg(name, program, stderrLine));
    }
    if (process.exitCode() != 0) {
        const QString exitCode = QString::number(process.exitCode());
        return credentialsError(
            stderrLine.isEmpty()
                ? QCoreApplication::translate("Auth", "The credential_process of profile %1 (%2) failed with exit code "
                                                      "%3 and printed nothing on stderr.")
                      .arg(name, program, exitCode)
                : QCoreApplication::translate("Auth", "The credential_process of profile %1 (%2) failed with exit code "
                                                      "%3: %4.")
                      .arg(name, program, exitCode, stderrLine),
            QCoreApplication::translate("Auth", "Run it by hand to see the whole message."));
    }

    return parseCredentialProcessOutput(process.readAllStandardOutput(), profile, program);
}

Result<AwsCredentials> parseCredentialProcessOutput(const QByteArray &output, const QString &profile,
                                                    const QString &program)
{
    const QString name = quoted(profile);
    // Never quote stdout: it is full of secrets even when malformed.
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(output, &parseError);
    const auto badOutput = [&](const QString &why) {
        //: %3: what is wrong with the program's output.
        return QCoreApplication::translate("Auth", "The credential_process of profile %1 (%2) did not print the "
                                                   "expected JSON: %3.")
            .arg(name, program, why);
    };
    const QString formatHint = QCoreApplication::translate(
        "Auth", "It must print {\"Version\": 1, \"AccessKeyId\": ..., \"SecretAccessKey\": ..., \"SessionToken\": ..., "
                "\"Expiration\": ...}.");
    if (parseError.error != QJsonParseError::NoError) {
        return credentialsError(badOutput(QCoreApplication::translate("Auth", "%1 at offset %2")
                                              .arg(parseError.errorString(), QString::number(parseError.offset))),
                                formatHint);
    }
    if (!document.isObject())
        return credentialsError(badOutput(QCoreApplication::translate("Auth", "not a JSON object")), formatHint);
    const QJsonObject json = document.object();
    if (!json.value(QStringLiteral("Version")).isDouble() || json.value(QStringLiteral("Version")).toDouble() != 1.0) {
        return credentialsError(badOutput(QCoreApplication::translate("Auth", "\"Version\" is missing or not 1, the "
                                                                              "only version there is")),
                                formatHint);
    }
    AwsCredentials credentials;
    credentials.accessKeyId = json.value(QStringLiteral("AccessKeyId")).toString();
    credentials.secretAccessKey = json.value(QStringLiteral("SecretAccessKey")).toString();
    credentials.sessionToken = json.value(QStringLiteral("SessionToken")).toString();
    if (credentials.accessKeyId.isEmpty() || credentials.secretAccessKey.isEmpty()) {
        return credentialsError(badOutput(QCoreApplication::translate(
                                    "Auth", "\"AccessKeyId\" or \"SecretAccessKey\" is missing or empty")),
                                formatHint);
    }
    credentials.source = QCoreApplication::translate("Auth", "credential_process of profile %1").arg(name);
    const QJsonValue expiration = json.value(QStringLiteral("Expiration"));
    if (!expiration.isUndefined() && !expiration.isNull()) {
        credentials.expiration = parseTimestamp(expiration.toString());
        if (!credentials.expiration.isValid()) {
            return credentialsError(
                badOutput(QCoreApplication::translate("Auth", "\"Expiration\" is not an ISO 8601 time")), formatHint);
        }
    }
    if (const auto expired = expiredError(credentials)) {
        S3Error error = *expired;
        error.hint = QCoreApplication::translate("Auth", "The program handed out credentials that had already expired; "
                                                         "run it by hand, sign in again if it asks, and retry.");
        return error;
    }
    return credentials;
}

} // namespace PartSweep::Auth
