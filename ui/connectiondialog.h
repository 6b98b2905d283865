#pragma once

#include "connection/connectionresolver.h"
#include "connection/connectionsettings.h"
#include "connection/connectiontester.h"

#include <QDialog>
#include <QPointer>

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTreeWidget;
class QTreeWidgetItem;

namespace PartSweep {

class ConnectionStore;
class SecretStore;

// The connection manager: the profiles of ~/.aws (listed automatically) and the connections
// entered by hand; a form for their settings; New, Delete, Save; "Test connection" with each
// check's answer as it arrives; Connect returns the chosen connection.
//
// The dialog only edits: the store, the secret store and the resolver are the caller's and must
// outlive it. Hand-entered secrets go to the SecretStore, never to the ConnectionStore.
// Usage (modal):
//     ConnectionDialog dialog(store, secrets, resolver, this);
//     if (dialog.exec() == QDialog::Accepted) resolver.resolve(*dialog.selectedConnection(), ...);
class ConnectionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionDialog)

public:
    ConnectionDialog(ConnectionStore &store, SecretStore &secrets, ConnectionResolver &resolver,
                     QWidget *parent = nullptr);
    ~ConnectionDialog() override;

    // The connection chosen with Connect (saved, and remembered as the last used); nullopt until then.
    std::optional<ConnectionSettings> selectedConnection() const { return m_selected; }

    // Selects a listed connection by name; false when there is none.
    bool selectConnection(const QString &name);
    // Reads the profiles and saved connections again.
    void reload();

Q_SIGNALS:
    // Connect was pressed and the connection saved; the dialog closes (accepted) right after.
    void connectionChosen(const PartSweep::ConnectionSettings &connection);
    // A Save finished (also the one Connect does first); ok false when it failed.
    void saveFinished(bool ok);
    // "Test connection" has answered every check.
    void testFinished();

private:
    void createWidgets();
    void handleSelectionChanged();
    void handleNew();
    void handleDelete();
    void handleSave();
    void handleTest();
    void handleConnect();
    void handleBrowseCaBundle();
    void updateSecretStorage();
    void updateButtons();

    void showConnection(const ConnectionSettings &connection, bool isNew);
    ConnectionSettings formSettings() const;
    void save(std::function<void(bool)> then);
    void setStatus(const QString &text, bool error);
    void setResult(QTreeWidgetItem *item, ConnectionCheck::Outcome outcome, const QString &words);
    QTreeWidgetItem *resultRow(ConnectionCheck::Kind kind) const;
    int currentRow() const;

    ConnectionStore &m_store;
    SecretStore &m_secrets;
    ConnectionResolver &m_resolver;

    QList<ConnectionSettings> m_connections; // as listed
    ConnectionSettings m_shown;              // what the form was loaded from
    bool m_shownIsNew = false;
    quint64 m_generation = 0; // drops answers (secrets, tests) for a connection no longer shown
    QPointer<ConnectionTester> m_tester;
    std::optional<ConnectionSettings> m_selected;

    QListWidget *m_list = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_kind = nullptr;
    QLineEdit *m_endpoint = nullptr;
    QLineEdit *m_region = nullptr;
    QComboBox *m_addressing = nullptr;
    QLineEdit *m_accessKey = nullptr;
    QLineEdit *m_secretKey = nullptr;
    QLineEdit *m_sessionToken = nullptr;
    QLabel *m_secretStorageIcon = nullptr;
    QLabel *m_secretStorage = nullptr;
    QLineEdit *m_caBundle = nullptr;
    QCheckBox *m_verifyTls = nullptr;
    QCheckBox *m_requesterPays = nullptr;
    QLineEdit *m_expectedOwner = nullptr;
    QSpinBox *m_concurrency = nullptr;
    QLineEdit *m_price = nullptr;
    QLabel *m_statusIcon = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_testButton = nullptr;
    QTreeWidget *m_results = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_connectButton = nullptr;
};

} // namespace PartSweep
