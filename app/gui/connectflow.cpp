#include "gui/connectflow.h"

#include "connection/connectionresolver.h"
#include "connection/connectionstore.h"
#include "connection/ssosignin.h"
#include "connectiondialog.h"
#include "mainwindow.h"
#include "ssosignindialog.h"
#include "util/logging.h"

namespace PartSweep {

ConnectFlow::ConnectFlow(MainWindow *window, ConnectionStore &store, SecretStore &secrets, ConnectionResolver &resolver)
    : QObject(window)
    , m_window(window)
    , m_store(store)
    , m_secrets(secrets)
    , m_resolver(resolver)
{
    connect(window, &MainWindow::connectRequested, this, &ConnectFlow::openDialog);
    // Saved in Preferences: the costs follow at once.
    connect(window, &MainWindow::pricesChanged, this, &ConnectFlow::applyPrices);
}

void ConnectFlow::openDialog()
{
    if (!m_window)
        return;
    auto *dialog = new ConnectionDialog(m_store, m_secrets, m_resolver, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ConnectionDialog::connectionChosen, this, &ConnectFlow::connectWith);
    dialog->open();
}

bool ConnectFlow::reopenLast()
{
    const QString last = m_store.lastUsed();
    if (last.isEmpty())
        return false;
    for (const ConnectionSettings &known : m_resolver.connections(m_store)) {
        if (known.name == last) {
            connectWith(known);
            return true;
        }
    }
    return false;
}

void ConnectFlow::connectWith(const ConnectionSettings &settings)
{
    if (!m_window)
        return;
    m_current = settings;
    const int connection = ++m_connection;
    m_window->showConnecting(settings.name);
    m_resolver.resolve(settings, this, [this, settings, connection](Result<ResolvedClient> resolved) {
        if (connection != m_connection || !m_window)
            return; // another connection was chosen meanwhile
        if (!resolved) {
            m_window->showConnectionError(resolved.error().toString());
            if (resolved.error().settings.contains(S3Error::Setting::SsoSignIn) &&
                settings.kind == ConnectionSettings::Kind::Profile)
                offerSignIn(settings, resolved.error());
            return;
        }
        for (const QString &note : std::as_const(resolved->notes))
            qCInfo(lcApp, "connection: %s", qUtf8Printable(note));
        m_window->openConnection(resolved->config, resolved->description);
        m_priced = Priced{resolved->config.endpoint, resolved->config.region, settings.pricePerGbMonth};
        applyPrices();
        // Who these credentials belong to, where the server says (AWS does; many S3-compatible
        // servers do not, which is no fault of the connection).
        const QString expiry = describeExpiry(*resolved);
        m_window->showIdentity(QString(), expiry);
        m_resolver.lookUpIdentity(*resolved, this, [this, expiry, connection](Result<Auth::CallerIdentity> identity) {
            if (connection != m_connection || !m_window)
                return;
            if (!identity) {
                qCInfo(lcApp, "identity not known: %s", qUtf8Printable(identity.errorString()));
                return;
            }
            m_window->showIdentity(describeIdentity(*identity), expiry);
        });
    });
}

void ConnectFlow::renewCredentials(QObject *context, std::function<void(Result<S3ClientConfig>)> done)
{
    if (!m_current) {
        S3Error error;
        error.kind = S3Error::Kind::Config;
        error.message = tr("Not connected");
        return done(error);
    }
    m_resolver.resolve(*m_current, context, [done = std::move(done)](Result<ResolvedClient> resolved) {
        if (!resolved)
            return done(resolved.error());
        done(resolved->config);
    });
}

// A profile whose IAM Identity Center sign-in is missing or expired: offer to sign in here, then
// connect again.
void ConnectFlow::offerSignIn(const ConnectionSettings &settings, const S3Error &error)
{
    const CredentialResolver credentials = m_resolver.credentialResolver();
    auto *signIn = new SsoSignIn(credentials, credentials.profileFor(settings.profile));
    auto *dialog = new SsoSignInDialog(signIn, error.toString(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, settings] { connectWith(settings); });
    dialog->open();
}

// What storage costs on the open connection: the price set for it (saved, or
// --price-per-gb-month), else the list prices with the user's own.
void ConnectFlow::applyPrices()
{
    if (!m_priced || !m_window)
        return;
    QStringList warnings;
    m_window->setCostModel(CostModel::forConnection(PriceTable::forThisUser(&warnings), m_priced->endpoint,
                                                    m_priced->region, m_priced->pricePerGbMonth));
    for (const QString &warning : std::as_const(warnings))
        qCWarning(lcApp, "%s", qUtf8Printable(warning));
}

} // namespace PartSweep
