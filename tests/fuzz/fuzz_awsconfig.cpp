// libFuzzer target: the AWS config/credentials file parser (as ~/.aws/config and as
// ~/.aws/credentials), every profile and value it yields, and the credential_process command
// line splitter.
#include "auth/awsconfigfile.h"

#include <cstdint>

using namespace PartSweep;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray content(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const AwsConfigFile::Kind kind : {AwsConfigFile::Kind::Config, AwsConfigFile::Kind::Credentials}) {
        const Result<AwsConfigFile> file = AwsConfigFile::parse(content, QStringLiteral("/fuzz/config"), kind);
        if (!file)
            continue;
        for (const QString &name : file->profileNames()) {
            const AwsConfigSection *section = file->profile(name);
            if (!section)
                continue;
            (void)section->value(QStringLiteral("region"));
            (void)section->subValue(QStringLiteral("s3"), QStringLiteral("addressing_style"));
            (void)file->servicesSection(section->value(QStringLiteral("services")));
            (void)file->ssoSessionSection(section->value(QStringLiteral("sso_session")));
            (void)file->headerFor(name);
        }
    }
    (void)splitCommandLine(QString::fromUtf8(content));
    return 0;
}
