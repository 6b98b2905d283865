// libFuzzer target: what a credential_process prints. Besides not crashing, its promise: an
// error never quotes the output (it is full of secrets even when malformed).
#include "auth/credentialprocess.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstdint>
#include <cstdlib>

using namespace PartSweep;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray output(reinterpret_cast<const char *>(data), qsizetype(size));
    const Result<AwsCredentials> credentials =
        Auth::parseCredentialProcessOutput(output, QStringLiteral("fuzz"), QStringLiteral("/usr/bin/creds"));
    if (credentials)
        return 0;
    // A secret in the error is a leak unless it is one of the error's own words ("essKeyId"):
    // the same output with the secret masked (same length, same type) must not lose it.
    const QJsonObject json = QJsonDocument::fromJson(output).object();
    for (const char *secretKey : {"SecretAccessKey", "SessionToken"}) {
        const QString name = QLatin1StringView(secretKey);
        const QString secret = json.value(name).toString();
        if (secret.size() < 8 || !credentials.error().toString().contains(secret))
            continue;
        QJsonObject masked = json;
        masked.insert(name, QString(secret.size(), secret.startsWith(u'Q') ? u'Z' : u'Q'));
        const Result<AwsCredentials> again = Auth::parseCredentialProcessOutput(
            QJsonDocument(masked).toJson(), QStringLiteral("fuzz"), QStringLiteral("/usr/bin/creds"));
        if (again || !again.error().toString().contains(secret))
            std::abort(); // the error quoted the secret
    }
    return 0;
}
