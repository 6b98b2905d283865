#pragma once

#include "connection/connectionsettings.h"
#include "util/result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QSettings;

namespace PartSweep {

// The saved connections, in QSettings (group "connections"): hand-entered connections, and the
// user's overrides for profile connections (region, endpoint, requester pays, expected bucket
// owner, concurrency, ...). ConnectionSettings holds no secret, so nothing written here is one;
// secrets go to a SecretStore.
//
// Not a QObject and not thread-safe: use it from one thread (the GUI thread). Every change is
// written to the settings file before save()/remove() return.
class ConnectionStore final
{
public:
    // settings: where to keep the connections; nullptr: the application's QSettings().
    explicit ConnectionStore(std::unique_ptr<QSettings> settings = nullptr);
    ~ConnectionStore();
    ConnectionStore(const ConnectionStore &) = delete;
    ConnectionStore &operator=(const ConnectionStore &) = delete;

    // Everything saved, in the order saved (hand-entered connections and profile overrides).
    QList<ConnectionSettings> saved() const;
    std::optional<ConnectionSettings> find(const QString &name) const;

    // What the connection list shows: the default chain (when includeDefaultChain), one connection
    // per profile (with its saved overrides applied), then the hand-entered connections sorted by
    // name. Overrides of profiles that no longer exist are kept but not listed.
    QList<ConnectionSettings> connections(const QStringList &profileNames, bool includeDefaultChain) const;

    // Adds or replaces (by name) a connection. Errors (Kind::Config) say which field is wrong.
    Result<Unit> save(const ConnectionSettings &connection);
    // Removes a saved connection (or a profile's overrides); false when there was none.
    bool remove(const QString &name);

    QString lastUsed() const;
    void setLastUsed(const QString &name);

    QString fileName() const;

    // Empty when the connection can be saved; otherwise what is wrong, in words.
    static QString validate(const ConnectionSettings &connection);

private:
    void writeAll(const QList<ConnectionSettings> &connections);
    Result<Unit> syncStatus();

    std::unique_ptr<QSettings> m_settings;
};

} // namespace PartSweep
