#include "util/s3error.h"

#include <QCoreApplication>
#include <QStringList>

namespace PartSweep {

QString S3Error::settingPhrase(Setting setting)
{
    switch (setting) {
    case Setting::RequesterPays:
        //: Put into hints such as "If the bucket has requester pays enabled, turn on %1."
        return QCoreApplication::translate("S3Error", "the \"requester pays\" setting");
    case Setting::CaBundle:
        //: Put into hints such as "Name a PEM file ... (%1)."
        return QCoreApplication::translate("S3Error", "the CA bundle setting");
    case Setting::TlsVerification:
        //: Put into the hint "... (%1); %2 skips the check (unsafe)." as %2.
        return QCoreApplication::translate("S3Error", "turning TLS verification off");
    case Setting::SsoSignIn:
        //: Put into the hint "Sign in again: `aws sso login --profile %1` or %2 ..." as %2.
        return QCoreApplication::translate("S3Error", "PartSweep's own sign-in");
    case Setting::MaxListingPages:
        //: Put into the hint "... raise %1 if it really does." as %1.
        return QCoreApplication::translate("S3Error", "the connection's maxListingPages setting");
    }
    return {};
}

QString S3Error::toString() const
{
    QString what = message;
    if (what.isEmpty()) {
        switch (kind) {
        case Kind::Http:
            what = code.isEmpty() ? QCoreApplication::translate("S3Error", "The server refused the request") : code;
            break;
        case Kind::Network:
            what = QCoreApplication::translate("S3Error", "Network error");
            break;
        case Kind::Timeout:
            what = QCoreApplication::translate("S3Error", "The server did not answer in time");
            break;
        case Kind::Xml:
            what = QCoreApplication::translate("S3Error", "The server's answer could not be read");
            break;
        case Kind::Credentials:
            what = QCoreApplication::translate("S3Error", "No usable credentials");
            break;
        case Kind::Config:
            what = QCoreApplication::translate("S3Error", "Configuration error");
            break;
        case Kind::Cancelled:
            what = QCoreApplication::translate("S3Error", "Cancelled");
            break;
        case Kind::Paging:
            what = QCoreApplication::translate("S3Error",
                                               "The listing stopped: the server's paging markers did not advance");
            break;
        }
    }
    QStringList details;
    if (!code.isEmpty() && code != what)
        details << code;
    if (httpStatus > 0)
        details << QStringLiteral("HTTP %1").arg(httpStatus);
    if (!requestId.isEmpty())
        //: The x-amz-request-id of the answer, for support cases.
        details << QCoreApplication::translate("S3Error", "request id %1").arg(requestId);
    const QString detail = details.join(QStringLiteral(", "));
    // Whole sentences, so that a translation can order them its own way. The multi-argument
    // arg() substitutes once: a '%' in a server's message or a key stays as it is.
    QString sentence;
    if (!details.isEmpty() && !resource.isEmpty())
        //: %1: what went wrong, %2: codes (error code, HTTP status, request id), %3: bucket/key.
        sentence = QCoreApplication::translate("S3Error", "%1 (%2) on %3.").arg(what, detail, resource);
    else if (!resource.isEmpty())
        //: %1: what went wrong, %2: bucket/key.
        sentence = QCoreApplication::translate("S3Error", "%1 on %2.").arg(what, resource);
    else if (!details.isEmpty())
        //: %1: what went wrong, %2: codes (error code, HTTP status, request id).
        sentence = QCoreApplication::translate("S3Error", "%1 (%2).").arg(what, detail);
    else
        //: %1: what went wrong.
        sentence = QCoreApplication::translate("S3Error", "%1.").arg(what);
    // A message or key that ends with its own period gets no second one.
    if (sentence.endsWith(QStringLiteral("..")))
        sentence.chop(1);
    if (!hint.isEmpty())
        sentence += u' ' + hint;
    return sentence;
}

} // namespace PartSweep
