#include "s3/transport/transportsettings.h"

#include <QCoreApplication>
#include <QFileInfo>

#if QT_CONFIG(ssl)
#include <QSslCertificate>
#include <QSslError>
#endif

#include <algorithm>

namespace PartSweep {

namespace {

#if QT_CONFIG(ssl)
S3Error unusableCaBundle(const QString &path)
{
    const QFileInfo file(path);
    S3Error error;
    error.kind = S3Error::Kind::Config;
    if (!file.exists())
        error.message = QCoreApplication::translate("S3", "The CA bundle %1 does not exist").arg(path);
    else if (!file.isFile() || !file.isReadable())
        error.message = QCoreApplication::translate("S3", "The CA bundle %1 cannot be read").arg(path);
    else
        error.message = QCoreApplication::translate("S3", "The CA bundle %1 holds no PEM certificate").arg(path);
    error.hint =
        QCoreApplication::translate("S3", "Name a PEM file with the certificate of the CA that signed the S3 service's "
                                          "certificate (%1).")
            .arg(S3Error::settingPhrase(S3Error::Setting::CaBundle));
    error.settings = {S3Error::Setting::CaBundle};
    return error;
}
#endif

} // namespace

TlsSetup::TlsSetup(const TransportSettings &settings)
{
#if QT_CONFIG(ssl)
    m_configuration = QSslConfiguration::defaultConfiguration();
    if (!settings.caBundle.isEmpty()) {
        const QList<QSslCertificate> authorities = QSslCertificate::fromPath(settings.caBundle, QSsl::Pem);
        if (authorities.isEmpty())
            m_caBundleError = unusableCaBundle(settings.caBundle);
        else
            m_configuration.setCaCertificates(authorities); // in place of the system's, as the AWS CLI does
    }
    if (!settings.verifyTls)
        m_configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    m_custom = !settings.caBundle.isEmpty() || !settings.verifyTls;
#else
    Q_UNUSED(settings);
#endif
}

void TlsSetup::describeHandshakeFailure(S3Error &error, const QString &host, const QString &reason,
                                        const QString &caBundle)
{
    error.message = QCoreApplication::translate("S3", "The TLS handshake with %1 failed (%2)").arg(host, reason);
    error.hint = QCoreApplication::translate("S3", "Check that the endpoint URL names the S3 service's https port.");
#if QT_CONFIG(ssl)
    const auto is = [&reason](std::initializer_list<QSslError::SslError> errors) {
        return std::any_of(errors.begin(), errors.end(),
                           [&reason](QSslError::SslError e) { return reason.contains(QSslError(e).errorString()); });
    };
    if (is({QSslError::HostNameMismatch})) {
        error.message =
            QCoreApplication::translate("S3", "The TLS certificate of %1 is not valid for that host name (%2)")
                .arg(host, reason);
        error.hint = QCoreApplication::translate(
            "S3", "The certificate must name the host of the endpoint URL. With virtual-hosted "
                  "addressing the bucket name is part of the host name, so the certificate must "
                  "cover it too (a wildcard); otherwise use path-style addressing.");
    } else if (is({QSslError::CertificateExpired, QSslError::CertificateNotYetValid})) {
        error.message =
            QCoreApplication::translate("S3", "The TLS certificate of %1 has expired or is not valid yet (%2)")
                .arg(host, reason);
        error.hint = QCoreApplication::translate(
            "S3", "The S3 service must renew its certificate; if it has, check this computer's clock.");
    } else if (is({QSslError::UnableToGetIssuerCertificate, QSslError::UnableToGetLocalIssuerCertificate,
                   QSslError::UnableToVerifyFirstCertificate, QSslError::SelfSignedCertificate,
                   QSslError::SelfSignedCertificateInChain, QSslError::CertificateUntrusted,
                   QSslError::CertificateRejected, QSslError::InvalidCaCertificate,
                   QSslError::CertificateSignatureFailed})) {
        const QString caSetting = S3Error::settingPhrase(S3Error::Setting::CaBundle);
        error.message =
            QCoreApplication::translate("S3", "The TLS certificate of %1 is not trusted (%2)").arg(host, reason);
        if (caBundle.isEmpty()) {
            error.hint = QCoreApplication::translate(
                             "S3", "It is not signed by a certificate authority this system trusts. If the S3 "
                                   "service uses a private CA, give that CA's certificate as a PEM file (%1); "
                                   "%2 skips the check (unsafe).")
                             .arg(caSetting, S3Error::settingPhrase(S3Error::Setting::TlsVerification));
            error.settings = {S3Error::Setting::CaBundle, S3Error::Setting::TlsVerification};
        } else {
            error.hint = QCoreApplication::translate(
                             "S3", "It is not signed by a certificate authority in the CA bundle %1: name the "
                                   "file that holds the S3 service's CA (%2).")
                             .arg(caBundle, caSetting);
            error.settings = {S3Error::Setting::CaBundle};
        }
    }
#else
    Q_UNUSED(caBundle);
#endif
}

} // namespace PartSweep
