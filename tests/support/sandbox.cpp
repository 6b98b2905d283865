#include "sandbox.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

namespace PartSweep::Test {

Sandbox Sandbox::fromEnvironment()
{
    Sandbox s;
    const QString dir = qEnvironmentVariable("PARTSWEEP_SANDBOX_DIR");
    if (dir.isEmpty() || !QFileInfo::exists(dir + QStringLiteral("/sandbox.env")))
        return s;
    QProcess p;
    p.start(QStringLiteral(PARTSWEEP_SCRIPTS_DIR "/s3-sandbox"), {QStringLiteral("env"), dir, QStringLiteral("plain")});
    if (!p.waitForFinished(10000) || p.exitCode() != 0)
        return s;
    QHash<QString, QString> values;
    for (const QByteArray &line : p.readAllStandardOutput().split('\n')) {
        const qsizetype eq = line.indexOf('=');
        if (eq > 0)
            values.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)));
    }
    s.dir = dir;
    s.endpoint = values.value(QStringLiteral("ENDPOINT"));
    s.region = values.value(QStringLiteral("REGION"));
    s.owner.accessKeyId = values.value(QStringLiteral("OWNER_ACCESS_KEY"));
    s.owner.secretAccessKey = values.value(QStringLiteral("OWNER_SECRET_KEY"));
    s.owner.source = QStringLiteral("the sandbox owner's test keys");
    s.requester.accessKeyId = values.value(QStringLiteral("REQUESTER_ACCESS_KEY"));
    s.requester.secretAccessKey = values.value(QStringLiteral("REQUESTER_SECRET_KEY"));
    s.requester.source = QStringLiteral("the sandbox requester's test keys");
    s.ownerId = values.value(QStringLiteral("OWNER_ID"));
    s.stsEndpoint = values.value(QStringLiteral("STS_ENDPOINT"));
    s.roleArn = values.value(QStringLiteral("ROLE_ARN"));
    s.requesterId = values.value(QStringLiteral("REQUESTER_ID"));
    return s;
}

S3ClientConfig Sandbox::clientConfig(const AwsCredentials &credentials) const
{
    S3ClientConfig config;
    config.endpoint = QUrl(endpoint);
    config.region = region;
    config.credentials = credentials;
    config.addressingStyle = AddressingStyle::Path;
    config.concurrency = 16;
    return config;
}

QString Sandbox::aws(const QStringList &args, const AwsCredentials &credentials) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"AWS_CA_BUNDLE", "AWS_PROFILE", "AWS_SESSION_TOKEN", "AWS_ENDPOINT_URL"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), credentials.accessKeyId);
    env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), credentials.secretAccessKey);
    env.insert(QStringLiteral("AWS_REGION"), region);
    env.insert(QStringLiteral("AWS_PAGER"), QString());
    env.insert(QStringLiteral("AWS_CONFIG_FILE"), QStringLiteral("/dev/null"));
    env.insert(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"), QStringLiteral("/dev/null"));
    QProcess p;
    p.setProcessEnvironment(env);
    const QString program =
        QFileInfo::exists(QStringLiteral("/usr/bin/aws")) ? QStringLiteral("/usr/bin/aws") : QStringLiteral("aws");
    p.start(program, QStringList{QStringLiteral("--endpoint-url"), endpoint} + args);
    if (!p.waitForFinished(300000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        qWarning("aws %s failed: %s", qPrintable(args.join(u' ')), p.readAllStandardError().constData());
        return {};
    }
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    return out.isNull() ? QStringLiteral("") : out;
}

QList<std::pair<QString, QString>> Sandbox::awsUploads(const QString &bucket, const AwsCredentials &credentials) const
{
    const QString out = aws({QStringLiteral("s3api"), QStringLiteral("list-multipart-uploads"),
                             QStringLiteral("--bucket"), bucket, QStringLiteral("--output"), QStringLiteral("json")},
                            credentials.isEmpty() ? owner : credentials);
    QList<std::pair<QString, QString>> result;
    const QJsonArray uploads =
        QJsonDocument::fromJson(out.toUtf8()).object().value(QStringLiteral("Uploads")).toArray();
    for (const QJsonValue &u : uploads)
        result.append({u[QStringLiteral("Key")].toString(), u[QStringLiteral("UploadId")].toString()});
    std::sort(result.begin(), result.end());
    return result;
}

} // namespace PartSweep::Test
