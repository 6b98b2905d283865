#pragma once

#include "util/s3error.h"

#include <QString>
#include <QtNetwork/qtnetworkglobal.h>
#include <QUrl>

#include <algorithm>
#include <optional>

#if QT_CONFIG(ssl)
#include <QSslConfiguration>
#endif

namespace PartSweep {

struct TransportSettings
{
    // PEM file of the CAs to trust, in place of the system's (as the AWS CLI's --ca-bundle,
    // AWS_CA_BUNDLE and ca_bundle); empty: the system's.
    QString caBundle;
    bool verifyTls = true;
    // No byte for this long ends an exchange (Qt's transfer timeout). A byte now and then keeps
    // that one quiet, so also: once the answer began, fewer than lowSpeedBytes in any such period
    // end it, and so does an exchange that lasts longer than deadlineFactor x timeoutMs.
    int timeoutMs = 60000;
    int maxConnections = 16; // exchanges in flight at once
    int lowSpeedBytes = 1024;
    int deadlineFactor = 5;

    // How often a transport looks at the exchanges in flight against these bounds: often enough
    // to cut a trickle within a fraction of the timeout, never more than a few times a second.
    int watchIntervalMs() const { return std::clamp(timeoutMs / 4, 50, 1000); }
};

// TLS as the settings ask for it, built once: reading a CA bundle takes ~40 ms (the system's 144
// certificates), too long to repeat for every request. A plain value.
class TlsSetup final
{
public:
    explicit TlsSetup(const TransportSettings &settings);

    // The error every https exchange fails with when the CA bundle cannot be used (missing, not
    // readable, no PEM certificate in it): without the CA the user named, the handshake would
    // fail with a misleading error.
    const std::optional<S3Error> &caBundleError() const { return m_caBundleError; }
    // Whether https exchanges need the configuration below rather than Qt's default one.
    bool isCustom() const { return m_custom; }
#if QT_CONFIG(ssl)
    const QSslConfiguration &configuration() const
    {
        return m_configuration;
    }
#endif

    // Words for a failed TLS handshake with host: reason is Qt's text for it; which kind of
    // problem it is (untrusted, wrong host name, expired) is found by comparing it with Qt's own
    // texts. Fills message and hint; the hint names the settings (S3Error::settings) a front end
    // words its own way.
    static void describeHandshakeFailure(S3Error &error, const QString &host, const QString &reason,
                                         const QString &caBundle);

private:
    std::optional<S3Error> m_caBundleError;
    bool m_custom = false;
#if QT_CONFIG(ssl)
    QSslConfiguration m_configuration;
#endif
};

} // namespace PartSweep
