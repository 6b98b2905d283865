#include "util/s3error.h"

#include <QStringList>

namespace PartSweep {

QString S3Error::settingPhrase(Setting setting)
{
    switch (setting) {
    case Setting::RequesterPays:
        return QStringLiteral("the \"requester pays\" setting");
    case Setting::CaBundle:
        return QStringLiteral("the CA bundle setting");
    case Setting::TlsVerification:
        return QStringLiteral("turning TLS verification off");
    case Setting::SsoSignIn:
        return QStringLiteral("PartSweep's own sign-in");
    }
    return {};
}

QString S3Error::toString() const
{
    QString what = message;
    if (what.isEmpty()) {
        switch (kind) {
        case Kind::Http:
            what = code.isEmpty() ? QStringLiteral("The server refused the request") : code;
            break;
        case Kind::Network:
            what = QStringLiteral("Network error");
            break;
        case Kind::Timeout:
            what = QStringLiteral("The server did not answer in time");
            break;
        case Kind::Xml:
            what = QStringLiteral("The server's answer could not be read");
            break;
        case Kind::Credentials:
            what = QStringLiteral("No usable credentials");
            break;
        case Kind::Config:
            what = QStringLiteral("Configuration error");
            break;
        case Kind::Cancelled:
            what = QStringLiteral("Cancelled");
            break;
        case Kind::Paging:
            what = QStringLiteral("The listing stopped: the server's paging markers did not advance");
            break;
        }
    }
    QStringList details;
    if (!code.isEmpty() && code != what)
        details << code;
    if (httpStatus > 0)
        details << QStringLiteral("HTTP %1").arg(httpStatus);
    if (!requestId.isEmpty())
        details << QStringLiteral("request id %1").arg(requestId);
    QString sentence = what;
    if (!details.isEmpty())
        sentence += QStringLiteral(" (") + details.join(QStringLiteral(", ")) + u')';
    if (!resource.isEmpty())
        sentence += QStringLiteral(" on ") + resource;
    if (!sentence.endsWith(u'.'))
        sentence += u'.';
    if (!hint.isEmpty())
        sentence += u' ' + hint;
    return sentence;
}

} // namespace PartSweep
