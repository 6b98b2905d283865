#include "cli/errortext.h"

#include "cli/clioutput.h"

namespace PartSweep::Cli {

namespace {

QString optionName(S3Error::Setting setting)
{
    switch (setting) {
    case S3Error::Setting::RequesterPays:
        return QStringLiteral("\"requester pays\" (--request-payer requester)");
    case S3Error::Setting::CaBundle:
        return QStringLiteral("--ca-bundle, AWS_CA_BUNDLE or ca_bundle in the profile");
    case S3Error::Setting::TlsVerification:
        return QStringLiteral("--no-verify-ssl");
    case S3Error::Setting::SsoSignIn:
        return QStringLiteral("`partsweep-cli sso-login` with the same --profile");
    case S3Error::Setting::MaxListingPages:
        return QStringLiteral("--max-pages");
    }
    return S3Error::settingPhrase(setting);
}

} // namespace

QString errorText(const S3Error &error)
{
    S3Error worded = error;
    for (const S3Error::Setting setting : error.settings)
        worded.hint.replace(S3Error::settingPhrase(setting), optionName(setting));
    // Server messages and keys go to a terminal: no control character gets through.
    return printable(worded.toString());
}

} // namespace PartSweep::Cli
