#pragma once

#include "connection/connectionsettings.h"
#include "util/result.h"
#include "util/s3error.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <optional>

namespace PartSweep {

class ConnectionResolver;
class ConnectionStore;
class MainWindow;
class SecretStore;
struct S3ClientConfig;

// Wires connecting in the desktop app: File > Connect opens the ConnectionDialog; the chosen
// connection is resolved on a worker (credentials, region) and the window opens it and scans;
// the storage prices follow the connection; who the credentials belong to is looked up (STS
// GetCallerIdentity) for the status bar; a profile whose IAM Identity Center sign-in expired
// gets the sign-in dialog, then connects again. An answer for a connection the user has since
// left is dropped.
class ConnectFlow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectFlow)

public:
    ConnectFlow(MainWindow *window, ConnectionStore &store, SecretStore &secrets, ConnectionResolver &resolver);

    void connectWith(const ConnectionSettings &settings);
    // Connects with what the admin used last time (a profile or a saved connection); false when
    // nothing is remembered or it no longer exists.
    bool reopenLast();
    // Reads the current connection's credentials again (for a job paused on expired ones).
    void renewCredentials(QObject *context, std::function<void(Result<S3ClientConfig>)> done);

private:
    void openDialog();
    void offerSignIn(const ConnectionSettings &settings, const S3Error &error);
    void applyPrices();

    struct Priced
    {
        QUrl endpoint;
        QString region;
        std::optional<double> pricePerGbMonth;
    };

    QPointer<MainWindow> m_window;
    ConnectionStore &m_store;
    SecretStore &m_secrets;
    ConnectionResolver &m_resolver;
    std::optional<ConnectionSettings> m_current; // connected with, or connecting to
    std::optional<Priced> m_priced;
    int m_connection = 0; // which connection an answer still arriving belongs to
};

} // namespace PartSweep
