// CredentialResolver and AwsConfigFile: the AWS CLI's precedence, the shared files as botocore
// reads them, credential_process, and that no error, note or source ever carries a secret.
#include "auth/awsconfigfile.h"
#include "auth/credentials.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace PartSweep;

namespace {

// Values that must never appear in a message.
const QString secretKey = QStringLiteral("wJalrXUtnFEMI/K7MDENG/bPxRfiCYSECRETKEY");
const QString sessionToken = QStringLiteral("IQoJb3JpZ2luX2VjSESSIONTOKENxyz");

QString everything(const Result<ResolvedConnection> &result)
{
    if (!result)
        return result.error().toString() + u'\n' + result.error().message + u'\n' + result.error().hint;
    return result->notes.join(u'\n') + u'\n' + result->credentials.source;
}

} // namespace

class TestCredentials : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void precedence_data();
    void precedence();
    void profileSections();
    void credentialsFileSectionsAreProfileNames();
    void missingProfile();
    void implicitDefaultNeedNotExist();
    void malformedFile_data();
    void malformedFile();
    void parserDetails();
    void nestedS3Settings();
    void servicesSectionMissing();
    void badAddressingStyle();
    void fipsAndDualStackSettings();
    void fileLocationsFromEnvironment();
    void partialKeys();
    void sessionTokenCarried();
    void assumeRoleConfigurationErrors();
    void assumeRoleUsesTheAwsCliCache();
    void assumeRoleWithMfaNeedsAPrompt();
    void ssoSessionIncomplete();
    void profileNames();
    void splitCommandLine_data();
    void splitCommandLine();
    void credentialProcessSuccess();
    void credentialProcessQuotedArguments();
    void credentialProcessFailure();
    void credentialProcessBadJson_data();
    void credentialProcessBadJson();
    void credentialProcessExpired();
    void credentialProcessTimeout();
    void credentialProcessMissingProgram();
    void secretsNeverInMessages();

private:
    QString home() const { return m_home->path(); }
    QString writeFile(const QString &relativePath, const QString &content);
    QString writeScript(const QString &name, const QString &body);
    QProcessEnvironment environment(const QStringList &assignments = {}) const;
    CredentialResolver resolver(const QStringList &env = {}) const
    {
        return CredentialResolver(environment(env), home());
    }
    QString credentialsPath() const { return home() + QStringLiteral("/.aws/credentials"); }
    QString configPath() const { return home() + QStringLiteral("/.aws/config"); }

    std::unique_ptr<QTemporaryDir> m_home;
};

void TestCredentials::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
}

QString TestCredentials::writeFile(const QString &relativePath, const QString &content)
{
    const QString path = QDir(home()).filePath(relativePath);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write test file");
    file.write(content.toUtf8());
    return path;
}

QString TestCredentials::writeScript(const QString &name, const QString &body)
{
    const QString path = writeFile(name, QStringLiteral("#!/bin/sh\n") + body);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return path;
}

QProcessEnvironment TestCredentials::environment(const QStringList &assignments) const
{
    // Never the real environment: a developer's AWS_* variables must not change the results.
    QProcessEnvironment env;
    env.insert(QStringLiteral("PATH"), QStringLiteral("/usr/local/bin:/usr/bin:/bin"));
    env.insert(QStringLiteral("HOME"), home());
    // Not an EC2 instance: the metadata provider is tested against a fake in tst_platformcredentials.
    env.insert(QStringLiteral("AWS_EC2_METADATA_DISABLED"), QStringLiteral("true"));
    for (const QString &assignment : assignments) {
        const qsizetype equals = assignment.indexOf(u'=');
        env.insert(assignment.left(equals), assignment.mid(equals + 1));
    }
    return env;
}

void TestCredentials::precedence_data()
{
    QTest::addColumn<QStringList>("env");
    QTest::addColumn<QString>("credentials");
    QTest::addColumn<QString>("config");
    QTest::addColumn<QString>("optionProfile");
    QTest::addColumn<QString>("optionRegion");
    QTest::addColumn<QString>("optionKey");
    QTest::addColumn<QString>("expectedProfile");
    QTest::addColumn<QString>("expectedKey");
    QTest::addColumn<QString>("expectedSource");
    QTest::addColumn<QString>("expectedRegion");
    QTest::addColumn<QString>("expectedEndpoint");

    const QStringList envKeys{QStringLiteral("AWS_ACCESS_KEY_ID=AKIAENV"),
                              QStringLiteral("AWS_SECRET_ACCESS_KEY=envsecret")};
    const QString credentials =
        QStringLiteral("[default]\naws_access_key_id = AKIACREDDEFAULT\n"
                       "aws_secret_access_key = s1\n"
                       "[prod]\naws_access_key_id = AKIACREDPROD\naws_secret_access_key = s2\n");
    const QString config = QStringLiteral("[default]\nregion = eu-west-1\naws_access_key_id = AKIACONFDEFAULT\n"
                                          "aws_secret_access_key = s3\n"
                                          "[profile prod]\nregion = eu-central-1\nendpoint_url = http://prod:9000\n"
                                          "[profile other]\naws_access_key_id = AKIACONFOTHER\n"
                                          "aws_secret_access_key = s4\n");
    const QString credsPath = QStringLiteral("%CREDS%");
    const QString confPath = QStringLiteral("%CONFIG%");
    const QString none;

    QTest::newRow("environment keys beat the credentials file")
        << envKeys << credentials << config << none << none << none << "default"
        << "AKIAENV"
        << "environment (AWS_ACCESS_KEY_ID)"
        << "eu-west-1" << none;
    QTest::newRow("AWS_PROFILE does not override environment keys")
        << (envKeys + QStringList{QStringLiteral("AWS_PROFILE=prod")}) << credentials << config << none << none << none
        << "prod"
        << "AKIAENV"
        << "environment (AWS_ACCESS_KEY_ID)"
        << "eu-central-1"
        << "http://prod:9000";
    QTest::newRow("explicit profile disables environment keys")
        << envKeys << credentials << config << "prod" << none << none << "prod"
        << "AKIACREDPROD" << QString(u"profile 'prod' in " + credsPath) << "eu-central-1"
        << "http://prod:9000";
    QTest::newRow("explicit profile beats AWS_PROFILE")
        << QStringList{QStringLiteral("AWS_PROFILE=prod")} << credentials << config << "default" << none << none
        << "default"
        << "AKIACREDDEFAULT" << QString(u"profile 'default' in " + credsPath) << "eu-west-1" << none;
    QTest::newRow("AWS_PROFILE beats AWS_DEFAULT_PROFILE")
        << QStringList{QStringLiteral("AWS_PROFILE=prod"), QStringLiteral("AWS_DEFAULT_PROFILE=other")} << credentials
        << config << none << none << none << "prod"
        << "AKIACREDPROD" << QString(u"profile 'prod' in " + credsPath) << "eu-central-1"
        << "http://prod:9000";
    QTest::newRow("AWS_DEFAULT_PROFILE alone")
        << QStringList{QStringLiteral("AWS_DEFAULT_PROFILE=other")} << credentials << config << none << none << none
        << "other"
        << "AKIACONFOTHER" << QString(u"profile 'other' in " + confPath) << "us-east-1" << none;
    QTest::newRow("credentials file beats config file")
        << QStringList() << credentials << config << none << none << none << "default"
        << "AKIACREDDEFAULT" << QString(u"profile 'default' in " + credsPath) << "eu-west-1" << none;
    QTest::newRow("keys in the config file")
        << QStringList() << QString() << config << none << none << none << "default"
        << "AKIACONFDEFAULT" << QString(u"profile 'default' in " + confPath) << "eu-west-1" << none;
    QTest::newRow("entered keys beat everything") << envKeys << credentials << config << "prod" << none << "AKIAENTERED"
                                                  << "prod"
                                                  << "AKIAENTERED"
                                                  << "entered in PartSweep"
                                                  << "eu-central-1"
                                                  << "http://prod:9000";
    QTest::newRow("region option beats AWS_REGION")
        << QStringList{QStringLiteral("AWS_REGION=ap-south-1")} << credentials << config << none << "sa-east-1" << none
        << "default"
        << "AKIACREDDEFAULT" << QString(u"profile 'default' in " + credsPath) << "sa-east-1" << none;
    QTest::newRow("AWS_REGION beats AWS_DEFAULT_REGION")
        << QStringList{QStringLiteral("AWS_REGION=ap-south-1"), QStringLiteral("AWS_DEFAULT_REGION=ca-central-1")}
        << credentials << config << none << none << none << "default"
        << "AKIACREDDEFAULT" << QString(u"profile 'default' in " + credsPath) << "ap-south-1" << none;
    QTest::newRow("AWS_DEFAULT_REGION beats the profile")
        << QStringList{QStringLiteral("AWS_DEFAULT_REGION=ca-central-1")} << credentials << config << none << none
        << none << "default"
        << "AKIACREDDEFAULT" << QString(u"profile 'default' in " + credsPath) << "ca-central-1" << none;
    QTest::newRow("region in the credentials file overrides the config file")
        << QStringList()
        << QStringLiteral("[default]\naws_access_key_id = A\naws_secret_access_key = s\n"
                          "region = us-west-2\n")
        << config << none << none << none << "default"
        << "A" << QString(u"profile 'default' in " + credsPath) << "us-west-2" << none;
    QTest::newRow("AWS_ENDPOINT_URL beats the profile")
        << QStringList{QStringLiteral("AWS_ENDPOINT_URL=http://global:1")} << credentials << config << "prod" << none
        << none << "prod"
        << "AKIACREDPROD" << QString(u"profile 'prod' in " + credsPath) << "eu-central-1"
        << "http://global:1";
    QTest::newRow("AWS_ENDPOINT_URL_S3 beats AWS_ENDPOINT_URL")
        << QStringList{QStringLiteral("AWS_ENDPOINT_URL=http://global:1"),
                       QStringLiteral("AWS_ENDPOINT_URL_S3=http://s3only:2")}
        << credentials << config << "prod" << none << none << "prod"
        << "AKIACREDPROD" << QString(u"profile 'prod' in " + credsPath) << "eu-central-1"
        << "http://s3only:2";
    QTest::newRow("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS")
        << QStringList{QStringLiteral("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS=TRUE"),
                       QStringLiteral("AWS_ENDPOINT_URL=http://global:1")}
        << credentials << config << "prod" << none << none << "prod"
        << "AKIACREDPROD" << QString(u"profile 'prod' in " + credsPath) << "eu-central-1" << none;
}

void TestCredentials::precedence()
{
    QFETCH(QStringList, env);
    QFETCH(QString, credentials);
    QFETCH(QString, config);
    QFETCH(QString, optionProfile);
    QFETCH(QString, optionRegion);
    QFETCH(QString, optionKey);
    QFETCH(QString, expectedProfile);
    QFETCH(QString, expectedKey);
    QFETCH(QString, expectedSource);
    QFETCH(QString, expectedRegion);
    QFETCH(QString, expectedEndpoint);

    if (!credentials.isEmpty())
        writeFile(QStringLiteral(".aws/credentials"), credentials);
    writeFile(QStringLiteral(".aws/config"), config);
    expectedSource.replace(QStringLiteral("%CREDS%"), credentialsPath());
    expectedSource.replace(QStringLiteral("%CONFIG%"), configPath());

    ConnectionOptions options;
    options.profile = optionProfile;
    options.region = optionRegion;
    if (!optionKey.isEmpty()) {
        options.credentials.accessKeyId = optionKey;
        options.credentials.secretAccessKey = QStringLiteral("enteredsecret");
    }
    const Result<ResolvedConnection> result = resolver(env).resolve(options);
    QVERIFY2(result.ok(), qPrintable(everything(result)));
    QCOMPARE(result->profile, expectedProfile);
    QCOMPARE(result->credentials.accessKeyId, expectedKey);
    QCOMPARE(result->credentials.source, expectedSource);
    QCOMPARE(result->region, expectedRegion);
    QCOMPARE(result->regionIsDefault, expectedRegion == QStringLiteral("us-east-1"));
    QCOMPARE(result->endpointUrl, expectedEndpoint);
}

void TestCredentials::profileSections()
{
    writeFile(QStringLiteral(".aws/config"), QStringLiteral("[profile alpha]\nregion = eu-north-1\n"
                                                            "aws_access_key_id = AKIAALPHA\n"
                                                            "aws_secret_access_key = s\n"
                                                            "[beta]\n" // not a profile in the config file
                                                            "aws_access_key_id = AKIABETA\n"
                                                            "aws_secret_access_key = s\n"
                                                            "[profile \"my team\"]\n"
                                                            "aws_access_key_id = AKIATEAM\n"
                                                            "aws_secret_access_key = s\n"
                                                            "[ default ]\n" // not trimmed: not the default
                                                            "region = xx-none-1\n"));
    ConnectionOptions options;
    options.profile = QStringLiteral("alpha");
    Result<ResolvedConnection> result = resolver().resolve(options);
    QVERIFY2(result.ok(), qPrintable(everything(result)));
    QCOMPARE(result->credentials.accessKeyId, QStringLiteral("AKIAALPHA"));
    QCOMPARE(result->region, QStringLiteral("eu-north-1"));

    options.profile = QStringLiteral("my team");
    result = resolver().resolve(options);
    QVERIFY2(result.ok(), qPrintable(everything(result)));
    QCOMPARE(result->credentials.accessKeyId, QStringLiteral("AKIATEAM"));

    options.profile = QStringLiteral("beta");
    result = resolver().resolve(options);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, S3Error::Kind::Config);
    QVERIFY(result.error().message.contains(QStringLiteral("[profile beta]")));

    // The implicit default finds no [default] (the spaced header does not count) and no keys.
    result = resolver().resolve(ConnectionOptions());
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, S3Error::Kind::Credentials);
}

void TestCredentials::credentialsFileSectionsAreProfileNames()
{
    writeFile(QStringLiteral(".aws/credentials"), QStringLiteral("[profile gamma]\naws_access_key_id = AKIAQUIRK\n"
                                                                 "aws_secret_access_key = s\n"
                                                                 "[gamma]\naws_access_key_id = AKIAGAMMA\n"
                                                                 "aws_secret_access_key = s\n"));
    ConnectionOptions options;
    options.profile = QStringLiteral("gamma");
    Result<ResolvedConnection> result = resolver().resolve(options);
    QVERIFY2(result.ok(), qPrintable(everything(result)));
    QCOMPARE(result->credentials.accessKeyId, QStringLiteral("AKIAGAMMA"));

    options.profile = QStringLiteral("profile gamma");
    result = resolver().resolve(options);
    QVERIFY2(result.ok(), qPrintable(everything(result)));
    QCOMPARE(result->credentials.accessKeyId, QStringLiteral("AKIAQUIRK"));
}

void TestCredentials::missingProfile()
{
    writeFile(QStringLiteral(".aws/credentials"),
              QStringLiteral("[default]\naws_access_key_id = A\naws_secret_access_key = s\n"));
    // No config file at all: the message says so.
    ConnectionOptions options;
    options.profile = QStringLiteral("nope");
    Result<ResolvedConnection> result = resolver().resolve(options);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, S3Error::Kind::Config);
    const QString message = result.error().toString();
    QVERIFY2(message.contains(QStringLiteral("'nope'")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("[nope] in ") + credentialsPath()), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("[profile nope] in ") + configPath() + QStringLiteral(" (no such file)")),
             qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("given explicitly")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("aws configure --profile nope")), qPrintable(message));

    // From AWS_PROFILE too, even with keys in the environment (the AWS CLI stops as well).
    result = resolver({QStringLiteral("AWS_PROFILE=nope"), QStringLiteral("AWS_ACCESS_KEY_ID=A"),
                       QStringLiteral("AWS_SECRET_ACCESS_KEY=s")})
                 .resolve(ConnectionOptions());
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message.contains(QStringLiteral("from AWS_PROFILE")), qPrintable(result.error().message));

    // ...but keys typed into PartSweep are not blocked by a stale AWS_PROFILE.
    ConnectionOptions entered;
    entered.credentials.accessKeyId = QStringLiteral("AKIATYPED");
    entered.credentials.secretAccessKey = QStringLiteral("typed");
    result = resolver({QStringLiteral("AWS_PROFILE=nope")}).resolve(entered);
    QVERIFY2(result.ok(), qPrintable(everything(result)));
    QCOMPARE(result->credentials.accessKeyId, QStringLiteral("AKIATYPED"));
    QVERIFY(result->notes.join(u'\n').contains(QStringLiteral("'nope'")));

    // An explicit "default" must exist too.
    QFile::remove(credentialsPath());
    options.profile = QStringLiteral("default");
    result = resolver().resolve(options);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, S3Error::Kind::Config);
}

void TestCredentials::implicitDefaultNeedNotExist()
{
    // No files at all: environment keys are enough, and the region falls back with a note.
    Result<ResolvedConnection> result =
        resolver({QStringLiteral("AWS_ACCESS_KEY_ID=AKIAENV"), QStringLiteral("AWS_SECRET_ACCESS_KEY=s")})
            .resolve(ConnectionOptions());
    QVERIFY2(result.ok(), qPrintable(everything(result)));
    QCOMPARE(result->profile, QStringLiteral("default"));
    QCOMPARE(result->region, QStringLiteral("us-east-1"));
    QVERIFY(result->regionIsDefault);
    QVERIFY(result->notes.join(u'\n').contains(QStringLiteral("us-east-1")));

    // And without keys the error lists what was searched.
    result = resolver().resolve(ConnectionOptions());
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, S3Error::Kind::Credentials);
    const QString message = result.error().toString();
    QVERIFY2(message.contains(QStringLiteral("AWS_ACCESS_KEY_ID not set")), qPrintable(message));
    QVERIFY2(message.contains(credentialsPath() + QStringLiteral(" (no such file)")), qPrintable(message));
    QVERIFY2(message.contains(configPath()), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("aws configure")), qPrintable(message));
}

void TestCredentials::malformedFile_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("content");
    QTest::addColumn<int>("line");

    QTest::newRow("secret on a line of its own")
        << "credentials"
        << QString(u"[default]\naws_access_key_id = AKIAX\n" + secretKey + u"\naws_secret_access_key = s\n") << 3;
    QTest::newRow("setting before any section")
        << "config" << QString(u"aws_secret_access_key = " + secretKey + u"\n[default]\n") << 1;
    QTest::newRow("duplicate section") << "config"
                                       << QStringLiteral("[default]\nregion = a\n\n[profile x]\n[default]\n") << 5;
    QTest::newRow("duplicate key") << "credentials"
                                   << QString(u"[default]\naws_secret_access_key = " + secretKey +
                                              u"\nAWS_SECRET_ACCESS_KEY = " + secretKey + u"\n")
                                   << 3;
    QTest::newRow("bad line in a sub-section")
        << "config" << QString(u"[default]\n# comment\ns3 =\n  addressing_style = path\n  " + secretKey + u"\n") << 5;
    QTest::newRow("empty key") << "config" << QString(u"[default]\n= " + secretKey + u"\n") << 2;
    QTest::newRow("CRLF line endings") << "credentials" << QString(u"[default]\r\n\r\n" + secretKey + u"\r\n") << 3;
}

void TestCredentials::malformedFile()
{
    QFETCH(QString, file);
    QFETCH(QString, content);
    QFETCH(int, line);

    const QString path = writeFile(QStringLiteral(".aws/") + file, content);
    const Result<ResolvedConnection> result =
        resolver({QStringLiteral("AWS_ACCESS_KEY_ID=A"), QStringLiteral("AWS_SECRET_ACCESS_KEY=s")})
            .resolve(ConnectionOptions());
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, S3Error::Kind::Config);
    const QString message = everything(result);
    QVERIFY2(message.contains(path + u':' + QString::number(line) + u':'), qPrintable(message));
    QVERIFY2(!message.contains(secretKey), qPrintable(message));
    QVERIFY2(!message.contains(QStringLiteral("wJalr")), qPrintable(message));
}

void TestCredentials::parserDetails()
{
    const QByteArray content = QByteArrayLiteral("\xEF\xBB\xBF; leading comment\n"
                                                 "[DEFAULT]\n"
                                                 "output = json\n"
                                                 "[profile  spaced ]\n"
                                                 "Region=eu-west-3\n"
                                                 "   # indented comment\n"
                                                 "Endpoint_URL :  http://host:9000/path  \n"
                                                 "note = a # not a comment\n"
                                                 "multi = first\n"
                                                 "  second\n"
                                                 "\n"
                                                 "  third\n"
                                                 "s3 =\n"
                                                 "    Addressing_Style = path\n"
                                                 "\n"
                                                 "    ; comment inside the block\n"
                                                 "    signature_version=s3v4\n"
                                                 "empty =\n"
                                                 "[other]\n"
                                                 "output = text\n");
    const Result<AwsConfigFile> parsed =
        AwsConfigFile::parse(content, QStringLiteral("/x/config"), AwsConfigFile::Kind::Config);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().toString()));
    QCOMPARE(parsed->profileNames(), QStringList{QStringLiteral("spaced")});
    const AwsConfigSection *section = parsed->profile(QStringLiteral("spaced"));
    QVERIFY(section);
    QCOMPARE(section->line, 4);
    QCOMPARE(section->value(QStringLiteral("region")), QStringLiteral("eu-west-3"));
    QCOMPARE(section->lineOf(QStringLiteral("region")), 5);
    QCOMPARE(section->value(QStringLiteral("endpoint_url")), QStringLiteral("http://host:9000/path"));
    QCOMPARE(section->value(QStringLiteral("note")), QStringLiteral("a # not a comment"));
    QCOMPARE(section->value(QStringLiteral("multi")), QStringLiteral("first\nsecond\n\nthird"));
    QCOMPARE(section->value(QStringLiteral("output")), QStringLiteral("json")); // from [DEFAULT]
    QCOMPARE(section->value(QStringLiteral("empty")), QString());
    QVERIFY(section->contains(QStringLiteral("empty")));
    QVERIFY(section->entries.value(QStringLiteral("s3")).isSubSection);
    QCOMPARE(section->subValue(QStringLiteral("s3"), QStringLiteral("Addressing_Style")), QStringLiteral("path"));
    QCOMPARE(section->subValue(QStringLiteral("s3"), QStringLiteral("addressing_style")), QString()); // case kept
    QCOMPARE(section->subValue(QStringLiteral("s3"), QStringLiteral("signature_version")), QStringLiteral("s3v4"));
    QCOMPARE(section->lineOf(QStringLiteral("s3"), QStringLiteral("signature_version")), 17);
    QCOMPARE(section->value(QStringLiteral("s3")), QString());
    QVERIFY(!parsed->profile(QStringLiteral("other")));
    QVERIFY(!parsed->profile(QStringLiteral("DEFAULT")));

    // [profile default] and [default] both name the default profile: the later one wins.
    const Result<AwsConfigFile> both =
        AwsConfigFile::parse(QByteArrayLiteral("[default]\nregion = a\n[profile default]\nregion = b\n"),
                             QStringLiteral("/x/config"), AwsConfigFile::Kind::Config);
    QVERIFY(both.ok());
    QCOMPARE(both->profile(QStringLiteral("default"))->value(QStringLiteral("region")), QStringLiteral("b"));
    QCOMPARE(both->profileNames(), QStringList{QStringLiteral("default")});

    // Invalid UTF-8 is reported by line.
    const Result<AwsConfigFile> binary = AwsConfigFile::parse(QByteArrayLiteral("[default]\nregion = \xff\xfe\n"),
                                                              QStringLiteral("/x/config"), AwsConfigFile::Kind::Config);
    QVERIFY(!binary.ok());
    QVERIFY(binary.error().message.startsWith(QStringLiteral("/x/config:2:")));

    // A missing file is an empty file, not an error.
    const Result<AwsConfigFile> missing =
        AwsConfigFile::load(home() + QStringLiteral("/nowhere"), AwsConfigFile::Kind::Credentials);
    QVERIFY(missing.ok());
    QVERIFY(!missing->exists());
    QVERIFY(missing->profileNames().isEmpty());
}

void TestCredentials::nestedS3Settings()
{
    writeFile(QStringLiteral(".aws/credentials"), QStringLiteral("[minio]\naws_access_key_id = AKIAMINIO\n"
                                                                 "aws_secret_access_key = s\n"
                                                                 "[ceph]\naws_access_key_id = AKIACEPH\n"
                                                                 "aws_secret_access_key = s\n"
                                                                 "[svc]\naws_access_key_id = AKIASVC\n"
                                                                 "aws_secret_access_key = s\n"));
    writeFile(QStringLiteral(".aws/config"), QStringLiteral("[profile minio]\n"
                                                            "region = us-east-1\n"
                                                            "ca_bundle = /etc/minio/ca.pem\n"
                                                            "s3 =\n"
                                                            "  addressing_style = path\n"
                                                            "  # the local server\n"
                                                            "  endpoint_url = http://127.0.0.1:9000\n"
                                                            "[profile ceph]\n"
                                                            "endpoint_url = http://ceph:7480\n"
                                                            "s3 =\n"
                                                            "  addressing_style = virtual\n"
                                                            "  endpoint_url = http://ignored:1\n"
                                                            "[profile svc]\n"
                                                            "services = local\n"
                                                            "endpoint_url = http://global:2\n"
                                                            "[services local]\n"
                                                            "s3 =\n"
                                                            "  endpoint_url = http://services-s3:3\n"));
    ConnectionOptions options;
    options.profile = QStringLiteral("minio");
    Result<ResolvedConnection> result = resolver().resolve(options);
    QVERIFY2(result.ok(), qPrintable(everything(result)));
    QCOMPARE(result->addressingStyle, AddressingStyle::Path);
    QCOMPARE(result->endpointUrl, QStringLiteral("http://127.0.0.1:9000"));
    QCOMPARE(result->caBundle, QStringLiteral("/etc/minio/ca.pem"));
    QVERIFY2(result->notes.join(u'\n').contains(configPath() + QStringLiteral(":7")),
             qPrintable(result->notes.join(u'\n')));
    QVERIFY(!result->regionIsDefault);

    // Explicit options and AWS_CA_BUNDLE beat the profile.
    options.addressingStyle = AddressingStyle::Virtual;
    options.endpointUrl = QStringLiteral("https://explicit");
    result = resolver({QStringLiteral("AWS_CA_BUNDLE=/env/ca.pem"), QStringLiteral("AWS_ENDPOINT_URL=http://env:1")})
                 .resolve(options);
    QVERIFY2(result.ok(), qPrintable(everything(result)));
    QCOMPARE(result->addressingStyle, AddressingStyle::Virtual);
    QCOMPARE(result->endpointUrl, QStringLiteral("https://explicit"));
    QCOMPARE(result->caBundle, QStringLiteral("/env/ca.pem"));
    options.caBundle = QStringLiteral("/opt/ca.pem");
    result = resolver({QStringLiteral("AWS_CA_BUNDLE=/env/ca.pem")}).resolve(options);
    QVERIFY2(result.ok(), qPrintable(everything(result)));
    QCOMPARE(result->caBundle, QStringLiteral("/opt/ca.pem"));

    // The profile's endpoint_url beats the plugin-style s3.endpoint_url.
    options = ConnectionOptions();
    options.profile = QStringLiteral("ceph");
    result = resolver().resolve(options);
    QVERIFY2(result.ok(), qPrintable(everything(result)));
    QCOMPARE(result->endpointUrl, QStringLiteral("http://ceph:7480"));
    QCOMPARE(result->addressingStyle, AddressingStyle::Virtual);

    // A [services] section's s3.endpoint_url beats the profile's endpoint_url.
    options.profile = QStringLiteral("svc");
    result = resolver().resolve(options);
    QVERIFY2(result.ok(), qPrintable(everything(result)));
    QCOMPARE(result->endpointUrl, QStringLiteral("http://services-s3:3"));
    QCOMPARE(result->addressingStyle, AddressingStyle::Auto);
}

void TestCredentials::servicesSectionMissing()
{
    writeFile(QStringLiteral(".aws/config"),
              QStringLiteral("[default]\naws_access_key_id = A\naws_secret_access_key = s\nservices = gone\n"));
    const Result<ResolvedConnection> result = resolver().resolve(ConnectionOptions());
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, S3Error::Kind::Config);
    QVERIFY2(result.error().message.contains(configPath() + QStringLiteral(":4")), qPrintable(result.error().message));
    QVERIFY(result.error().message.contains(QStringLiteral("[services gone]")));
}

void TestCredentials::badAddressingStyle()
{
    writeFile(QStringLiteral(".aws/config"), QStringLiteral("[default]\naws_access_key_id = A\n"
                                                            "aws_secret_access_key = s\ns3 =\n"
                                                            "  addressing_style = paht\n"));
    const Result<ResolvedConnection> result = resolver().resolve(ConnectionOptions());
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, S3Error::Kind::Config);
    QVERIFY2(result.error().message.contains(configPath() + QStringLiteral(":5")), qPrintable(result.error().message));
    QVERIFY(result.error().message.contains(QStringLiteral("'paht'")));
}

// use_fips_endpoint / use_dualstack_endpoint as the AWS CLI reads them: the environment first,
// then the profile (dual-stack also under s3); an endpoint URL wins; a partition without the
// variant, or a word that is not true/false, is an error that says so.
void TestCredentials::fipsAndDualStackSettings()
{
    writeFile(QStringLiteral(".aws/config"),
              QStringLiteral("[default]\naws_access_key_id = A\naws_secret_access_key = s\nregion = us-gov-west-1\n"
                             "use_fips_endpoint = true\ns3 =\n  use_dualstack_endpoint = TRUE\n"
                             "[profile cn]\naws_access_key_id = A\naws_secret_access_key = s\nregion = cn-north-1\n"
                             "use_fips_endpoint = true\n"
                             "[profile typo]\naws_access_key_id = A\naws_secret_access_key = s\n"
                             "use_dualstack_endpoint = yes\n"
                             "[profile lab]\naws_access_key_id = A\naws_secret_access_key = s\n"
                             "use_fips_endpoint = true\nendpoint_url = http://ceph:7480\n"));
    Result<ResolvedConnection> result = resolver().resolve(ConnectionOptions());
    QVERIFY2(result.ok(), qPrintable(everything(result)));
    QVERIFY(result->awsVariant.fips);
    QVERIFY(result->awsVariant.dualStack);

    result = resolver({QStringLiteral("AWS_USE_FIPS_ENDPOINT=false")}).resolve(ConnectionOptions());
    QVERIFY2(result.ok(), qPrintable(everything(result)));
    QVERIFY(!result->awsVariant.fips); // the environment wins over the profile
    QVERIFY(result->awsVariant.dualStack);

    ConnectionOptions cn;
    cn.profile = QStringLiteral("cn");
    result = resolver().resolve(cn);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, S3Error::Kind::Config);
    QVERIFY2(result.error().message.contains(QStringLiteral("no FIPS endpoint in cn-north-1 (partition aws-cn)")),
             qPrintable(result.error().message));

    ConnectionOptions typo;
    typo.profile = QStringLiteral("typo");
    result = resolver().resolve(typo);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message.contains(QStringLiteral("use_dualstack_endpoint is 'yes'")),
             qPrintable(result.error().message));

    ConnectionOptions lab;
    lab.profile = QStringLiteral("lab");
    result = resolver().resolve(lab);
    QVERIFY2(result.ok(), qPrintable(everything(result)));
    QVERIFY(!result->awsVariant.fips);
    QVERIFY2(result->notes.join(u' ').contains(QStringLiteral("FIPS and dual-stack settings ignored")),
             qPrintable(result->notes.join(u' ')));
}

void TestCredentials::fileLocationsFromEnvironment()
{
    writeFile(QStringLiteral("elsewhere/creds"),
              QStringLiteral("[default]\naws_access_key_id = AKIAELSEWHERE\naws_secret_access_key = s\n"));
    writeFile(QStringLiteral("elsewhere/conf"), QStringLiteral("[default]\nregion = af-south-1\n"));
    writeFile(QStringLiteral(".aws/credentials"),
              QStringLiteral("[default]\naws_access_key_id = AKIAHOME\naws_secret_access_key = s\n"));
    const CredentialResolver r =
        resolver({QStringLiteral("AWS_SHARED_CREDENTIALS_FILE=~/elsewhere/creds"), QStringLiteral("SUBDIR=elsewhere"),
                  QStringLiteral("AWS_CONFIG_FILE=$HOME/${SUBDIR}/conf")});
    QCOMPARE(r.credentialsFilePath(), home() + QStringLiteral("/elsewhere/creds"));
    QCOMPARE(r.configFilePath(), home() + QStringLiteral("/elsewhere/conf"));
    const Result<ResolvedConnection> result = r.resolve(ConnectionOptions());
    QVERIFY2(result.ok(), qPrintable(everything(result)));
    QCOMPARE(result->credentials.accessKeyId, QStringLiteral("AKIAELSEWHERE"));
    QCOMPARE(result->region, QStringLiteral("af-south-1"));
}

void TestCredentials::partialKeys()
{
    Result<ResolvedConnection> result =
        resolver({QStringLiteral("AWS_ACCESS_KEY_ID=AKIAONLY")}).resolve(ConnectionOptions());
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, S3Error::Kind::Credentials);
    QVERIFY(result.error().message.contains(QStringLiteral("AWS_SECRET_ACCESS_KEY")));

    writeFile(QStringLiteral(".aws/credentials"), QStringLiteral("[default]\n\naws_access_key_id = AKIAONLY\n"));
    result = resolver().resolve(ConnectionOptions());
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message.startsWith(credentialsPath() + QStringLiteral(":3:")),
             qPrintable(result.error().message));
    QVERIFY(result.error().message.contains(QStringLiteral("aws_secret_access_key")));

    ConnectionOptions options;
    options.credentials.accessKeyId = QStringLiteral("AKIATYPED");
    result = resolver().resolve(options);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, S3Error::Kind::Credentials);
}

void TestCredentials::sessionTokenCarried()
{
    Result<ResolvedConnection> result =
        resolver({QStringLiteral("AWS_ACCESS_KEY_ID=ASIAENV"), u"AWS_SECRET_ACCESS_KEY=" + secretKey,
                  u"AWS_SESSION_TOKEN=" + sessionToken,
                  u"AWS_CREDENTIAL_EXPIRATION=" + QDateTime::currentDateTimeUtc().addSecs(3600).toString(Qt::ISODate)})
            .resolve(ConnectionOptions());
    QVERIFY2(result.ok(), qPrintable(everything(result)));
    QCOMPARE(result->credentials.sessionToken, sessionToken);
    QCOMPARE(result->credentials.secretAccessKey, secretKey);
    QVERIFY(result->credentials.expiration.isValid());

    // Expired environment credentials are refused.
    result = resolver({QStringLiteral("AWS_ACCESS_KEY_ID=ASIAENV"), QStringLiteral("AWS_SECRET_ACCESS_KEY=s"),
                       QStringLiteral("AWS_CREDENTIAL_EXPIRATION=2001-01-01T00:00:00Z")})
                 .resolve(ConnectionOptions());
    QVERIFY(!result.ok());
    QVERIFY(result.error().message.contains(QStringLiteral("expired")));

    writeFile(QStringLiteral(".aws/credentials"), u"[default]\naws_access_key_id = ASIAFILE\naws_secret_access_key = " +
                                                      secretKey + u"\naws_session_token = " + sessionToken + u"\n");
    result = resolver().resolve(ConnectionOptions());
    QVERIFY2(result.ok(), qPrintable(everything(result)));
    QCOMPARE(result->credentials.sessionToken, sessionToken);
    QVERIFY(!result->credentials.expiration.isValid());
}

// Role profiles that cannot work are refused before anything is sent, naming the file and line,
// the chain, and what to do.
void TestCredentials::assumeRoleConfigurationErrors()
{
    writeFile(QStringLiteral(".aws/credentials"),
              QStringLiteral("[base]\naws_access_key_id = AKIABASE\naws_secret_access_key = s\n"));
    writeFile(QStringLiteral(".aws/config"),
              QStringLiteral("[profile both]\nrole_arn = arn:aws:iam::1:role/R\nsource_profile = base\n"
                             "credential_source = Environment\n"
                             "[profile neither]\nrole_arn = arn:aws:iam::1:role/R\n"
                             "[profile a]\nrole_arn = arn:aws:iam::1:role/A\nsource_profile = b\n"
                             "[profile b]\nrole_arn = arn:aws:iam::1:role/B\nsource_profile = a\n"
                             "[profile self]\nrole_arn = arn:aws:iam::1:role/S\nsource_profile = self\n"
                             "[profile long]\nrole_arn = arn:aws:iam::1:role/R\nsource_profile = base\n"
                             "duration_seconds = 90000\n"
                             "[profile ec2]\nrole_arn = arn:aws:iam::1:role/R\ncredential_source = Ec2\n"
                             "[profile missing]\nrole_arn = arn:aws:iam::1:role/R\nsource_profile = nobody\n"
                             "[profile envsource]\nrole_arn = arn:aws:iam::1:role/R\n"
                             "credential_source = Environment\n"));
    const auto errorOf = [this](const QString &profile) {
        ConnectionOptions options;
        options.profile = profile;
        // Nothing may reach STS: an unreachable endpoint would turn into another error.
        const Result<ResolvedConnection> result =
            resolver({QStringLiteral("AWS_ENDPOINT_URL_STS=http://127.0.0.1:9")}).resolve(options);
        return result.ok() ? QString() : result.error().toString();
    };
    QString message = errorOf(QStringLiteral("both"));
    QVERIFY2(message.contains(QStringLiteral("sets both source_profile and credential_source")) &&
                 message.contains(configPath() + QStringLiteral(":2")),
             qPrintable(message));
    message = errorOf(QStringLiteral("neither"));
    QVERIFY2(message.contains(QStringLiteral("names neither source_profile nor credential_source")),
             qPrintable(message));
    message = errorOf(QStringLiteral("a"));
    QVERIFY2(message.contains(QStringLiteral("loop: a -> b -> a")), qPrintable(message));
    message = errorOf(QStringLiteral("self"));
    QVERIFY2(message.contains(QStringLiteral("is its own source_profile but holds no keys")), qPrintable(message));
    message = errorOf(QStringLiteral("long"));
    QVERIFY2(message.contains(QStringLiteral("from 900 to 43200")), qPrintable(message));
    message = errorOf(QStringLiteral("ec2"));
    QVERIFY2(message.contains(QStringLiteral("must be Environment, Ec2InstanceMetadata or EcsContainer")),
             qPrintable(message));
    message = errorOf(QStringLiteral("missing"));
    QVERIFY2(message.contains(QStringLiteral("source_profile 'nobody', which does not exist")), qPrintable(message));
    message = errorOf(QStringLiteral("envsource"));
    QVERIFY2(message.contains(QStringLiteral("AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not both set")),
             qPrintable(message));

    // Environment keys come before the assume-role provider when no profile is given explicitly.
    const Result<ResolvedConnection> result =
        resolver({QStringLiteral("AWS_PROFILE=a"), QStringLiteral("AWS_ACCESS_KEY_ID=AKIAENV"),
                  QStringLiteral("AWS_SECRET_ACCESS_KEY=s")})
            .resolve(ConnectionOptions());
    QVERIFY2(result.ok(), qPrintable(everything(result)));
    QCOMPARE(result->credentials.accessKeyId, QStringLiteral("AKIAENV"));
}

// An entry of ~/.aws/cli/cache, as the AWS CLI names and writes it, is used while more than 15
// minutes remain, without asking STS (unreachable here); then STS is asked and its failure named.
void TestCredentials::assumeRoleUsesTheAwsCliCache()
{
    writeFile(QStringLiteral(".aws/credentials"),
              QStringLiteral("[base]\naws_access_key_id = AKIABASE\naws_secret_access_key = s\n"));
    writeFile(QStringLiteral(".aws/config"), QStringLiteral("[profile admin]\n"
                                                            "role_arn = arn:aws:iam::123456789012:role/Admin\n"
                                                            "source_profile = base\n"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // The name the AWS CLI gives {"RoleArn": "arn:aws:iam::123456789012:role/Admin"}.
    const QString cacheFile = QStringLiteral(".aws/cli/cache/51e7b105b5040ce662656c8dc6ab4de70c4de7ad.json");
    const auto cacheUntil = [&](const QDateTime &expiration) {
        writeFile(cacheFile, QStringLiteral(R"({"Credentials": {"AccessKeyId": "ASIACACHED", "SecretAccessKey": )"
                                            R"("cachedsecret", "SessionToken": "cachedtoken", "Expiration": "%1UTC"}, )"
                                            R"("AssumedRoleUser": {"Arn": "arn:aws:sts::123456789012:assumed-role/)"
                                            R"(Admin/botocore-session-1"}})")
                                 .arg(expiration.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"))));
    };
    ConnectionOptions options;
    options.profile = QStringLiteral("admin");
    const QStringList unreachable{QStringLiteral("AWS_ENDPOINT_URL_STS=http://127.0.0.1:9")};

    cacheUntil(now.addSecs(3600));
    Result<ResolvedConnection> result = resolver(unreachable).resolve(options);
    QVERIFY2(result.ok(), qPrintable(everything(result)));
    QCOMPARE(result->credentials.accessKeyId, QStringLiteral("ASIACACHED"));
    QCOMPARE(result->credentials.sessionToken, QStringLiteral("cachedtoken"));
    QCOMPARE(result->credentials.expiration.toSecsSinceEpoch(), now.addSecs(3600).toSecsSinceEpoch());
    QCOMPARE(result->assumedRoleArn, QStringLiteral("arn:aws:sts::123456789012:assumed-role/Admin/botocore-session-1"));
    QVERIFY(result->renew); // assumed again before it expires
    // Renewing before expiry may use the cache (STS is not reachable here)...
    const Result<AwsCredentials> renewed = result->renew(RenewingCredentialsProvider::Renewal::Expiring);
    QVERIFY2(renewed.ok(), qPrintable(renewed.errorString()));
    QCOMPARE(renewed->accessKeyId, QStringLiteral("ASIACACHED"));
    // ...but after the server refused the credentials as expired, the cached ones (which may be
    // the refused ones) are not handed back: STS is asked.
    const Result<AwsCredentials> forced = result->renew(RenewingCredentialsProvider::Renewal::RefusedAsExpired);
    QVERIFY(!forced.ok());
    QVERIFY2(forced.errorString().contains(QStringLiteral("STS at 127.0.0.1 could not be reached")),
             qPrintable(forced.errorString()));

    cacheUntil(now.addSecs(10 * 60)); // less than 15 minutes left: STS is asked
    result = resolver(unreachable).resolve(options);
    QVERIFY(!result.ok());
    const QString message = result.error().toString();
    QVERIFY2(message.contains(QStringLiteral("STS at 127.0.0.1 could not be reached")) &&
                 message.contains(QStringLiteral("arn:aws:iam::123456789012:role/Admin")) &&
                 message.contains(configPath() + QStringLiteral(":2")),
             qPrintable(message));
    QVERIFY2(!message.contains(QStringLiteral("cachedsecret")) && !message.contains(QStringLiteral("cachedtoken")),
             qPrintable(message));
}

// mfa_serial: the code comes from the prompt; without one the profile is refused with where a
// code can be entered; an answer of the prompt's own (cancelled) is passed on.
void TestCredentials::assumeRoleWithMfaNeedsAPrompt()
{
    writeFile(QStringLiteral(".aws/credentials"),
              QStringLiteral("[base]\naws_access_key_id = AKIABASE\naws_secret_access_key = s\n"));
    writeFile(QStringLiteral(".aws/config"), QStringLiteral("[profile admin]\n"
                                                            "role_arn = arn:aws:iam::123456789012:role/Admin\n"
                                                            "source_profile = base\n"
                                                            "mfa_serial = arn:aws:iam::123456789012:mfa/me\n"));
    ConnectionOptions options;
    options.profile = QStringLiteral("admin");
    CredentialResolver withoutPrompt = resolver({QStringLiteral("AWS_ENDPOINT_URL_STS=http://127.0.0.1:9")});
    Result<ResolvedConnection> result = withoutPrompt.resolve(options);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message.contains(QStringLiteral("MFA device")) &&
                 result.error().hint.contains(QStringLiteral("terminal")),
             qPrintable(result.error().toString()));

    QStringList asked;
    CredentialResolver withPrompt = resolver({QStringLiteral("AWS_ENDPOINT_URL_STS=http://127.0.0.1:9")});
    withPrompt.setMfaPrompt([&asked](const QString &profile, const QString &serial) -> Result<QString> {
        asked << profile + u' ' + serial;
        S3Error cancelled;
        cancelled.kind = S3Error::Kind::Credentials;
        cancelled.message = QStringLiteral("No MFA code was entered.");
        return cancelled;
    });
    result = withPrompt.resolve(options);
    QCOMPARE(asked, QStringList{QStringLiteral("admin arn:aws:iam::123456789012:mfa/me")});
    QVERIFY(!result.ok());
    QCOMPARE(result.error().message, QStringLiteral("No MFA code was entered."));
}

// An sso-session without its region cannot be used: the file and line of the section say where.
// (The sign-in itself is tested in tst_sso.)
void TestCredentials::ssoSessionIncomplete()
{
    writeFile(QStringLiteral(".aws/config"), QStringLiteral("[profile sso]\nsso_session = corp\n"
                                                            "sso_account_id = 123456789012\n"
                                                            "sso_role_name = ReadOnly\n"
                                                            "[sso-session corp]\nsso_start_url = https://x\n"));
    ConnectionOptions options;
    options.profile = QStringLiteral("sso");
    const Result<ResolvedConnection> result = resolver().resolve(options);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, S3Error::Kind::Config);
    QVERIFY2(result.error().message == configPath() + QStringLiteral(":5: [sso-session corp] needs sso_start_url and "
                                                                     "sso_region."),
             qPrintable(result.error().message));
    QVERIFY(result.error().hint.contains(QStringLiteral("aws configure sso-session")));
}

void TestCredentials::profileNames()
{
    QCOMPARE(resolver().profileNames(), QStringList());
    writeFile(QStringLiteral(".aws/credentials"), QStringLiteral("[zeta]\n[default]\n[alpha]\n"));
    writeFile(QStringLiteral(".aws/config"), QStringLiteral("[default]\n[profile beta]\n[profile alpha]\n"
                                                            "[services x]\n[sso-session y]\n[plugins]\n"));
    QCOMPARE(resolver().profileNames(), (QStringList{QStringLiteral("default"), QStringLiteral("alpha"),
                                                     QStringLiteral("beta"), QStringLiteral("zeta")}));
    // A malformed config file contributes nothing, the other file still does.
    writeFile(QStringLiteral(".aws/config"), QStringLiteral("garbage\n"));
    QCOMPARE(resolver().profileNames(),
             (QStringList{QStringLiteral("default"), QStringLiteral("alpha"), QStringLiteral("zeta")}));
}

void TestCredentials::splitCommandLine_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QStringList>("words");

    QTest::newRow("plain") << "/bin/tool  --profile x" << true
                           << QStringList{QStringLiteral("/bin/tool"), QStringLiteral("--profile"),
                                          QStringLiteral("x")};
    QTest::newRow("single quotes") << "a 'b c' 'it''s'" << true
                                   << QStringList{QStringLiteral("a"), QStringLiteral("b c"), QStringLiteral("its")};
    QTest::newRow("double quotes") << "a \"b \\\"c\\\" \\d $HOME\"" << true
                                   << QStringList{QStringLiteral("a"), QStringLiteral("b \"c\" \\d $HOME")};
    QTest::newRow("backslash") << "a\\ b c\\'d" << true << QStringList{QStringLiteral("a b"), QStringLiteral("c'd")};
    QTest::newRow("empty quoted word") << "a '' b" << true
                                       << QStringList{QStringLiteral("a"), QString(), QStringLiteral("b")};
    QTest::newRow("adjacent") << "x\"y z\"'w'" << true << QStringList{QStringLiteral("xy zw")};
    QTest::newRow("unclosed") << "a 'b" << false << QStringList();
    QTest::newRow("trailing backslash") << "a \\" << false << QStringList();
    QTest::newRow("empty") << "   " << true << QStringList();
}

void TestCredentials::splitCommandLine()
{
    QFETCH(QString, line);
    QFETCH(bool, valid);
    QFETCH(QStringList, words);
    const std::optional<QStringList> split = PartSweep::splitCommandLine(line);
    QCOMPARE(split.has_value(), valid);
    if (valid)
        QCOMPARE(*split, words);
}

void TestCredentials::credentialProcessSuccess()
{
    const QString expiration = QDateTime::currentDateTimeUtc().addSecs(3600).toString(Qt::ISODate);
    const QString script = writeScript(
        QStringLiteral("bin/creds.sh"),
        QStringLiteral("printf '{\"Version\": 1, \"AccessKeyId\": \"ASIAPROC\", \"SecretAccessKey\": \"%1\", "
                       "\"SessionToken\": \"%2\", \"Expiration\": \"%3\"}\\n'\n")
            .arg(secretKey, sessionToken, expiration));
    // In the config file, with keys in the config file too: credential_process comes first.
    writeFile(QStringLiteral(".aws/config"), u"[profile proc]\ncredential_process = " + script +
                                                 u"\naws_access_key_id = AKIACONFIG\naws_secret_access_key = s\n"
                                                 u"region = eu-south-1\n");
    ConnectionOptions options;
    options.profile = QStringLiteral("proc");
    Result<ResolvedConnection> result = resolver().resolve(options);
    QVERIFY2(result.ok(), qPrintable(everything(result)));
    QCOMPARE(result->credentials.accessKeyId, QStringLiteral("ASIAPROC"));
    QCOMPARE(result->credentials.secretAccessKey, secretKey);
    QCOMPARE(result->credentials.sessionToken, sessionToken);
    QCOMPARE(result->credentials.expiration, QDateTime::fromString(expiration, Qt::ISODate));
    QCOMPARE(result->credentials.source, QStringLiteral("credential_process of profile 'proc'"));
    QCOMPARE(result->credentialProcess, script);
    QCOMPARE(result->region, QStringLiteral("eu-south-1"));

    // Keys in the credentials file come before credential_process.
    writeFile(QStringLiteral(".aws/credentials"),
              QStringLiteral("[proc]\naws_access_key_id = AKIACREDS\naws_secret_access_key = s\n"));
    result = resolver().resolve(options);
    QVERIFY2(result.ok(), qPrintable(everything(result)));
    QCOMPARE(result->credentials.accessKeyId, QStringLiteral("AKIACREDS"));
    QVERIFY(result->credentialProcess.isEmpty());

    // No Expiration: credentials that do not expire.
    const QString noExpiry = writeScript(
        QStringLiteral("bin/forever.sh"),
        QStringLiteral("echo '{\"Version\": 1, \"AccessKeyId\": \"AKIAFOREVER\", \"SecretAccessKey\": \"s\"}'\n"));
    const Result<AwsCredentials> direct = resolver().runCredentialProcess(noExpiry, QStringLiteral("x"));
    QVERIFY2(direct.ok(), qPrintable(direct.ok() ? QString() : direct.error().toString()));
    QCOMPARE(direct->accessKeyId, QStringLiteral("AKIAFOREVER"));
    QVERIFY(direct->sessionToken.isEmpty());
    QVERIFY(!direct->expiration.isValid());
}

void TestCredentials::credentialProcessQuotedArguments()
{
    // A program in a directory with a space, and an argument quoted as a shell would quote it.
    const QString script = writeScript(QStringLiteral("my tools/echo key.sh"),
                                       QStringLiteral("printf '{\"Version\": 1, \"AccessKeyId\": \"%s\", "
                                                      "\"SecretAccessKey\": \"s\"}' \"$1\"\n"));
    writeFile(QStringLiteral(".aws/credentials"),
              QStringLiteral("[default]\ncredential_process = \"%1\" 'AKIA QUOTED'\n").arg(script));
    const Result<ResolvedConnection> result = resolver().resolve(ConnectionOptions());
    QVERIFY2(result.ok(), qPrintable(everything(result)));
    QCOMPARE(result->credentials.accessKeyId, QStringLiteral("AKIA QUOTED"));

    writeFile(QStringLiteral(".aws/credentials"), QStringLiteral("[default]\ncredential_process = 'unclosed\n"));
    const Result<ResolvedConnection> bad = resolver().resolve(ConnectionOptions());
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().kind, S3Error::Kind::Config);
    QVERIFY2(bad.error().message.contains(credentialsPath() + QStringLiteral(":2")), qPrintable(bad.error().message));
}

void TestCredentials::credentialProcessFailure()
{
    const QString script = writeScript(QStringLiteral("bin/fail.sh"),
                                       u"echo '{\"SecretAccessKey\": \"" + secretKey +
                                           u"\"}'\necho '' >&2\necho 'sso: token has expired, run aws sso login' >&2\n"
                                           u"echo 'second line' >&2\nexit 3\n");
    writeFile(QStringLiteral(".aws/config"), u"[default]\nregion = x\ncredential_process = " + script + u"\n");
    const Result<ResolvedConnection> result = resolver().resolve(ConnectionOptions());
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, S3Error::Kind::Credentials);
    const QString message = result.error().toString();
    QVERIFY2(message.contains(QStringLiteral("exit code 3")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("sso: token has expired, run aws sso login")), qPrintable(message));
    QVERIFY2(!message.contains(QStringLiteral("second line")), qPrintable(message));
    QVERIFY2(message.contains(script), qPrintable(message));
    QVERIFY2(message.contains(configPath() + QStringLiteral(":3")), qPrintable(message));
    QVERIFY2(!message.contains(secretKey), qPrintable(message));
}

void TestCredentials::credentialProcessBadJson_data()
{
    QTest::addColumn<QString>("output");
    QTest::addColumn<QString>("expected");

    QTest::newRow("not JSON") << QString(u"AccessKeyId=AKIA SecretAccessKey=" + secretKey) << "expected JSON";
    QTest::newRow("truncated") << QString(u"{\"Version\": 1, \"SecretAccessKey\": \"" + secretKey) << "expected JSON";
    QTest::newRow("array") << QStringLiteral("[1, 2]") << "not a JSON object";
    QTest::newRow("version 2") << QString(u"{\"Version\": 2, \"AccessKeyId\": \"A\", \"SecretAccessKey\": \"" +
                                          secretKey + u"\"}")
                               << "Version";
    QTest::newRow("version as string")
        << QString(u"{\"Version\": \"1\", \"AccessKeyId\": \"A\", \"SecretAccessKey\": \"" + secretKey + u"\"}")
        << "Version";
    QTest::newRow("no secret") << QStringLiteral("{\"Version\": 1, \"AccessKeyId\": \"A\"}") << "SecretAccessKey";
    QTest::newRow("bad expiration") << QString(u"{\"Version\": 1, \"AccessKeyId\": \"A\", \"SecretAccessKey\": \"" +
                                               secretKey + u"\", \"Expiration\": \"tomorrow\"}")
                                    << "Expiration";
}

void TestCredentials::credentialProcessBadJson()
{
    QFETCH(QString, output);
    QFETCH(QString, expected);
    writeFile(QStringLiteral("out.txt"), output);
    const QString script = writeScript(QStringLiteral("bin/bad.sh"), QStringLiteral("cat '%1/out.txt'\n").arg(home()));
    const Result<AwsCredentials> result = resolver().runCredentialProcess(script, QStringLiteral("bad"));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, S3Error::Kind::Credentials);
    const QString message = result.error().toString();
    QVERIFY2(message.contains(expected), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("'bad'")), qPrintable(message));
    QVERIFY2(!message.contains(secretKey), qPrintable(message));
}

void TestCredentials::credentialProcessExpired()
{
    const QString script = writeScript(QStringLiteral("bin/old.sh"),
                                       u"echo '{\"Version\": 1, \"AccessKeyId\": \"ASIAOLD\", \"SecretAccessKey\": \"" +
                                           secretKey + u"\", \"SessionToken\": \"" + sessionToken +
                                           u"\", \"Expiration\": \"2020-02-02T10:00:00.123456+01:00\"}'\n");
    writeFile(QStringLiteral(".aws/config"), u"[default]\ncredential_process = " + script + u"\n");
    const Result<ResolvedConnection> result = resolver().resolve(ConnectionOptions());
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, S3Error::Kind::Credentials);
    const QString message = result.error().toString();
    QVERIFY2(message.contains(QStringLiteral("expired at 2020-02-02T09:00:00Z")), qPrintable(message));
    QVERIFY2(!message.contains(secretKey) && !message.contains(sessionToken), qPrintable(message));
}

void TestCredentials::credentialProcessTimeout()
{
    const QString script = writeScript(QStringLiteral("bin/slow.sh"), QStringLiteral("exec sleep 10\n"));
    writeFile(QStringLiteral(".aws/config"), u"[default]\ncredential_process = " + script + u"\n");
    CredentialResolver r = resolver();
    r.setCredentialProcessTimeout(300);
    QElapsedTimer clock;
    clock.start();
    const Result<ResolvedConnection> result = r.resolve(ConnectionOptions());
    QVERIFY(!result.ok());
    QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(result.error().kind, S3Error::Kind::Credentials);
    QVERIFY2(result.error().message.contains(QStringLiteral("did not finish within 300 ms")),
             qPrintable(result.error().message));
}

void TestCredentials::credentialProcessMissingProgram()
{
    const Result<AwsCredentials> result =
        resolver().runCredentialProcess(home() + QStringLiteral("/no/such/helper --flag"), QStringLiteral("p"));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, S3Error::Kind::Credentials);
    QVERIFY2(result.error().message.contains(home() + QStringLiteral("/no/such/helper")),
             qPrintable(result.error().message));
}

void TestCredentials::secretsNeverInMessages()
{
    // Every path that produces an error or a note, with the secret and token present somewhere.
    const QStringList envWithSecrets{u"AWS_SECRET_ACCESS_KEY=" + secretKey, u"AWS_SESSION_TOKEN=" + sessionToken};

    struct Case
    {
        QString credentials;
        QString config;
        QStringList env;
        QString profile;
    };
    const QString keysLine = u"aws_access_key_id = AKIAX\naws_secret_access_key = " + secretKey +
                             u"\naws_session_token = " + sessionToken + u"\n";
    const QList<Case> cases{
        // secret without an access key id in the environment: a note
        {QString(), QStringLiteral("[default]\nregion = x\n"), envWithSecrets, QString()},
        // environment keys overridden by an explicit profile: a note
        {u"[p]\n" + keysLine, QString(), envWithSecrets + QStringList{QStringLiteral("AWS_ACCESS_KEY_ID=AKIAENV")},
         QStringLiteral("p")},
        // environment keys winning over AWS_PROFILE: a note and a source
        {u"[p]\n" + keysLine, QString(),
         envWithSecrets + QStringList{QStringLiteral("AWS_ACCESS_KEY_ID=AKIAENV"), QStringLiteral("AWS_PROFILE=p")},
         QString()},
        // credentials file keys: the source
        {u"[default]\n" + keysLine, QString(), envWithSecrets, QString()},
        // a secret key with no access key id in a file: not found
        {u"[default]\naws_secret_access_key = " + secretKey + u"\n", QString(), envWithSecrets, QString()},
        // malformed: the secret continues on an unindented line
        {u"[default]\naws_secret_access_key =\n" + secretKey + u"\n", QString(), QStringList(), QString()},
        // a secret that looks like a key because it contains ':'
        {u"[default]\n" + secretKey + u":x\n" + secretKey + u":y\n", QString(), QStringList(), QString()},
        // a secret in a sub-section
        {QString(), u"[default]\ns3 =\n  " + secretKey + u"\n", QStringList(), QString()},
        // the missing profile error
        {u"[default]\n" + keysLine, QString(), QStringList(), QStringLiteral("missing")},
        // assume role with keys of the source profile around
        {u"[base]\n" + keysLine, QStringLiteral("[default]\nrole_arn = arn:aws:iam::1:role/r\nsource_profile = base\n"),
         QStringList(), QString()},
    };
    for (qsizetype i = 0; i < cases.size(); ++i) {
        const Case &c = cases.at(i);
        QFile::remove(credentialsPath());
        QFile::remove(configPath());
        if (!c.credentials.isEmpty())
            writeFile(QStringLiteral(".aws/credentials"), c.credentials);
        if (!c.config.isEmpty())
            writeFile(QStringLiteral(".aws/config"), c.config);
        ConnectionOptions options;
        options.profile = c.profile;
        const Result<ResolvedConnection> result = resolver(c.env).resolve(options);
        const QString text = everything(result);
        QVERIFY2(!text.trimmed().isEmpty(), qPrintable(QString::number(i)));
        QVERIFY2(!text.contains(secretKey), qPrintable(QString::number(i) + u' ' + text));
        QVERIFY2(!text.contains(QStringLiteral("wjalr"), Qt::CaseInsensitive),
                 qPrintable(QString::number(i) + u' ' + text));
        QVERIFY2(!text.contains(sessionToken), qPrintable(QString::number(i) + u' ' + text));
    }
}

QTEST_GUILESS_MAIN(TestCredentials)
#include "tst_credentials.moc"
