#include "connectiondialog.h"

#include "connection/connectionstore.h"
#include "connection/secretstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <limits>
#include <memory>

namespace PartSweep {

namespace {

constexpr int NameRole = Qt::UserRole;
constexpr int OutcomeRole = Qt::UserRole + 1;
constexpr int CredentialsRow = 0;

const QList<ConnectionCheck::Kind> AllChecks{ConnectionCheck::Kind::Endpoint, ConnectionCheck::Kind::Tls,
                                             ConnectionCheck::Kind::Authentication, ConnectionCheck::Kind::Clock,
                                             ConnectionCheck::Kind::UploadListing};

bool sameSettings(const ConnectionSettings &a, const ConnectionSettings &b)
{
    return a.name == b.name && a.kind == b.kind && a.profile == b.profile && a.endpointUrl == b.endpointUrl &&
           a.region == b.region && a.addressingStyleSet == b.addressingStyleSet &&
           (!a.addressingStyleSet || a.addressingStyle == b.addressingStyle) && a.accessKeyId == b.accessKeyId &&
           a.caBundle == b.caBundle && a.verifyTls == b.verifyTls && a.requestPayer == b.requestPayer &&
           a.expectedBucketOwner == b.expectedBucketOwner && a.concurrency == b.concurrency &&
           a.maxAttempts == b.maxAttempts && a.maxListingPages == b.maxListingPages &&
           a.pricePerGbMonth.has_value() == b.pricePerGbMonth.has_value() &&
           (!a.pricePerGbMonth || *a.pricePerGbMonth == *b.pricePerGbMonth);
}

} // namespace

ConnectionDialog::ConnectionDialog(ConnectionStore &store, SecretStore &secrets, ConnectionResolver &resolver,
                                   QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_secrets(secrets)
    , m_resolver(resolver)
{
    setObjectName(QStringLiteral("connectionDialog"));
    setWindowTitle(tr("Connections"));
    createWidgets();
    connect(&m_secrets, &SecretStore::persistenceChanged, this, &ConnectionDialog::updateSecretStorage);
    reload();
    if (!selectConnection(m_store.lastUsed()) && m_list->count() > 0)
        m_list->setCurrentRow(0);
    if (m_list->count() == 0)
        handleNew();
    updateSecretStorage();
    resize(900, 600);
}

ConnectionDialog::~ConnectionDialog() = default;

void ConnectionDialog::createWidgets()
{
    // Left: the connections.
    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("connectionList"));
    m_list->setAccessibleName(tr("Connections"));
    m_newButton = new QPushButton(tr("&New"));
    m_newButton->setObjectName(QStringLiteral("newButton"));
    m_deleteButton = new QPushButton(tr("&Delete"));
    m_deleteButton->setObjectName(QStringLiteral("deleteButton"));
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_newButton);
    listButtons->addWidget(m_deleteButton);
    listButtons->addStretch();
    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_list);
    leftLayout->addLayout(listButtons);

    // Right: the form.
    const auto lineEdit = [](const char *name) {
        auto *edit = new QLineEdit;
        edit->setObjectName(QString::fromLatin1(name));
        edit->setClearButtonEnabled(true);
        return edit;
    };
    m_name = lineEdit("nameEdit");
    m_kind = new QLabel;
    m_kind->setObjectName(QStringLiteral("kindLabel"));
    m_kind->setWordWrap(true);
    m_endpoint = lineEdit("endpointEdit");
    m_region = lineEdit("regionEdit");
    m_addressing = new QComboBox;
    m_addressing->setObjectName(QStringLiteral("addressingCombo"));
    m_addressing->addItem(tr("Automatic (path style for custom endpoints)"));
    m_addressing->addItem(tr("Path style (https://host/bucket)"));
    m_addressing->addItem(tr("Virtual-hosted style (https://bucket.host)"));
    m_accessKey = lineEdit("accessKeyEdit");
    m_secretKey = lineEdit("secretKeyEdit");
    m_secretKey->setEchoMode(QLineEdit::Password);
    m_secretKey->setClearButtonEnabled(false);
    m_sessionToken = lineEdit("sessionTokenEdit");
    m_sessionToken->setEchoMode(QLineEdit::Password);
    m_sessionToken->setClearButtonEnabled(false);
    m_sessionToken->setPlaceholderText(tr("only for temporary credentials"));
    m_secretStorageIcon = new QLabel;
    m_secretStorageIcon->setObjectName(QStringLiteral("secretStorageIcon"));
    m_secretStorage = new QLabel;
    m_secretStorage->setObjectName(QStringLiteral("secretStorageLabel"));
    m_secretStorage->setWordWrap(true);
    auto *storage = new QHBoxLayout;
    storage->addWidget(m_secretStorageIcon, 0, Qt::AlignTop);
    storage->addWidget(m_secretStorage, 1);
    m_caBundle = lineEdit("caBundleEdit");
    m_caBundle->setPlaceholderText(tr("the system's certificates"));
    m_caBundle->setAccessibleName(tr("CA bundle"));
    auto *browse = new QPushButton(tr("Browse…"));
    browse->setObjectName(QStringLiteral("caBundleButton"));
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caBundle, 1);
    caRow->addWidget(browse);
    m_verifyTls = new QCheckBox(tr("Verify TLS certificates"));
    m_verifyTls->setObjectName(QStringLiteral("verifyTlsCheck"));
    m_requesterPays = new QCheckBox(tr("Accept requester-pays charges (x-amz-request-payer)"));
    m_requesterPays->setObjectName(QStringLiteral("requesterPaysCheck"));
    m_expectedOwner = lineEdit("expectedOwnerEdit");
    m_expectedOwner->setPlaceholderText(tr("any owner"));
    m_concurrency = new QSpinBox;
    m_concurrency->setObjectName(QStringLiteral("concurrencySpin"));
    m_concurrency->setRange(1, 256);
    m_price = lineEdit("priceEdit");
    m_price->setPlaceholderText(tr("AWS list prices on AWS; none elsewhere"));
    m_price->setToolTip(tr("What storage costs on this service, in USD per GB-month (e.g. 0.0059). Without one, "
                           "PartSweep uses AWS's list prices on AWS and shows no cost elsewhere."));
    m_price->setAccessibleName(tr("Storage price, USD per GB-month"));

    auto *form = new QFormLayout;
    form->addRow(tr("Na&me:"), m_name);
    form->addRow(QString(), m_kind);
    form->addRow(tr("&Endpoint:"), m_endpoint);
    form->addRow(tr("&Region:"), m_region);
    form->addRow(tr("&Addressing:"), m_addressing);
    form->addRow(tr("Access &key:"), m_accessKey);
    form->addRow(tr("&Secret key:"), m_secretKey);
    form->addRow(tr("Sess&ion token:"), m_sessionToken);
    form->addRow(QString(), storage);
    form->addRow(tr("&CA bundle:"), caRow);
    form->addRow(QString(), m_verifyTls);
    form->addRow(QString(), m_requesterPays);
    form->addRow(tr("Expected bucket o&wner:"), m_expectedOwner);
    form->addRow(tr("Conc&urrency:"), m_concurrency);
    form->addRow(tr("Storage &price (USD/GB-month):"), m_price);

    m_saveButton = new QPushButton(tr("Sa&ve"));
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_testButton = new QPushButton(tr("&Test connection"));
    m_testButton->setObjectName(QStringLiteral("testButton"));
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setAccessibleName(tr("Connection status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_statusIcon = new QLabel;
    m_statusIcon->setObjectName(QStringLiteral("statusIcon"));
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_saveButton);
    actions->addWidget(m_testButton);
    actions->addWidget(m_statusIcon);
    actions->addWidget(m_status, 1);

    m_results = new QTreeWidget;
    m_results->setObjectName(QStringLiteral("testResults"));
    m_results->setAccessibleName(tr("Test results"));
    m_results->setColumnCount(2);
    m_results->setHeaderLabels({tr("Check"), tr("Result")});
    m_results->setRootIsDecorated(false);
    m_results->setWordWrap(true);
    m_results->setSelectionMode(QAbstractItemView::NoSelection);
    m_results->header()->setStretchLastSection(true);
    m_results->setColumnWidth(0, 190);

    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(form);
    rightLayout->addLayout(actions);
    rightLayout->addWidget(m_results, 1);

    auto *splitter = new QSplitter;
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 3);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_connectButton = m_buttons->addButton(tr("C&onnect"), QDialogButtonBox::AcceptRole);
    m_connectButton->setObjectName(QStringLiteral("connectButton"));
    m_connectButton->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_buttons);
    // Enter connects wherever the keyboard is: no other button takes the default when it gets the
    // focus on its way through the tab order (it did: Enter on the list then made a new connection).
    for (QPushButton *button : findChildren<QPushButton *>()) {
        if (button != m_connectButton)
            button->setAutoDefault(false);
    }

    connect(m_list, &QListWidget::currentRowChanged, this, &ConnectionDialog::handleSelectionChanged);
    connect(m_newButton, &QPushButton::clicked, this, &ConnectionDialog::handleNew);
    connect(m_deleteButton, &QPushButton::clicked, this, &ConnectionDialog::handleDelete);
    connect(m_saveButton, &QPushButton::clicked, this, &ConnectionDialog::handleSave);
    connect(m_testButton, &QPushButton::clicked, this, &ConnectionDialog::handleTest);
    connect(browse, &QPushButton::clicked, this, &ConnectionDialog::handleBrowseCaBundle);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectionDialog::handleConnect);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void ConnectionDialog::reload()
{
    const QString current = m_shownIsNew ? QString() : m_shown.name;
    m_connections = m_resolver.connections(m_store);
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const ConnectionSettings &c : std::as_const(m_connections)) {
        auto *item = new QListWidgetItem(m_list);
        if (c.kind == ConnectionSettings::Kind::Manual) {
            item->setText(c.name);
            item->setIcon(style()->standardIcon(QStyle::SP_DriveNetIcon));
            item->setToolTip(tr("Entered in PartSweep"));
        } else {
            item->setText(c.isDefaultChain() ? tr("Default chain (environment keys)")
                                             : tr("Profile %1").arg(c.profile));
            item->setIcon(style()->standardIcon(QStyle::SP_DirHomeIcon));
            item->setToolTip(tr("From ~/.aws"));
        }
        item->setData(NameRole, c.name);
    }
    if (!current.isEmpty())
        selectConnection(current);
}

bool ConnectionDialog::selectConnection(const QString &name)
{
    if (name.isEmpty())
        return false;
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(NameRole).toString() == name) {
            if (m_list->currentRow() == row)
                handleSelectionChanged();
            else
                m_list->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

int ConnectionDialog::currentRow() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_connections.size() ? row : -1;
}

void ConnectionDialog::handleSelectionChanged()
{
    const int row = currentRow();
    if (row < 0)
        return;
    showConnection(m_connections.at(row), false);
}

void ConnectionDialog::handleNew()
{
    ConnectionSettings fresh;
    fresh.kind = ConnectionSettings::Kind::Manual;
    const QSignalBlocker blocker(m_list);
    m_list->clearSelection();
    m_list->setCurrentRow(-1);
    showConnection(fresh, true);
    m_name->setFocus();
}

void ConnectionDialog::showConnection(const ConnectionSettings &c, bool isNew)
{
    ++m_generation;
    delete m_tester;
    m_results->clear();
    m_shown = c;
    m_shownIsNew = isNew;
    const bool manual = c.kind == ConnectionSettings::Kind::Manual;

    m_name->setText(c.name);
    m_name->setReadOnly(!isNew);
    m_name->setToolTip(isNew ? QString()
                             : tr("To rename a connection, create a new one with New and delete this one."));
    if (manual)
        m_kind->setText(isNew ? tr("A new connection entered by hand.") : tr("Entered by hand."));
    else if (c.isDefaultChain())
        m_kind->setText(tr("The AWS CLI's default chain: keys from the environment (AWS_ACCESS_KEY_ID), else the "
                           "profile AWS_PROFILE names, else \"default\". Keys cannot be edited here."));
    else
        m_kind->setText(tr("AWS profile \"%1\" from ~/.aws: keys come from the profile. The fields below override "
                           "the profile's settings when filled in.")
                            .arg(c.profile));

    m_endpoint->setText(c.endpointUrl);
    m_endpoint->setPlaceholderText(manual ? tr("AWS (leave empty), or e.g. https://s3.example.com:9000")
                                          : tr("the profile's, else AWS"));
    m_region->setText(c.region);
    m_region->setPlaceholderText(manual ? tr("us-east-1") : tr("the profile's, else us-east-1"));
    m_addressing->setCurrentIndex(!c.addressingStyleSet                           ? 0
                                  : c.addressingStyle == AddressingStyle::Path    ? 1
                                  : c.addressingStyle == AddressingStyle::Virtual ? 2
                                                                                  : 0);
    m_accessKey->setText(c.accessKeyId);
    m_secretKey->clear();
    m_sessionToken->clear();
    for (QLineEdit *edit : {m_accessKey, m_secretKey, m_sessionToken})
        edit->setEnabled(manual);
    m_accessKey->setPlaceholderText(manual ? QString() : tr("from the profile"));
    m_secretKey->setPlaceholderText(manual ? QString() : tr("from the profile"));
    m_caBundle->setText(c.caBundle);
    m_verifyTls->setChecked(c.verifyTls);
    m_requesterPays->setChecked(c.requestPayer);
    m_expectedOwner->setText(c.expectedBucketOwner);
    m_concurrency->setValue(c.concurrency);
    m_price->setText(c.pricePerGbMonth ? QLocale().toString(*c.pricePerGbMonth, 'g', 6) : QString());
    setStatus(QString(), false);
    updateButtons();

    if (manual && !isNew) {
        // Show that secrets are there (as dots) and let Test and Save use them.
        const quint64 generation = m_generation;
        const QString name = c.name;
        for (auto [kind, edit] : {std::pair{SecretKind::SecretAccessKey, m_secretKey},
                                  std::pair{SecretKind::SessionToken, m_sessionToken}}) {
            m_secrets.read(name, kind, this, [this, generation, edit, kind, name](Result<QString> secret) {
                if (generation != m_generation)
                    return;
                if (!secret)
                    return setStatus(secret.errorString(), true);
                if (edit->text().isEmpty())
                    edit->setText(*secret);
                if (kind == SecretKind::SecretAccessKey && secret->isEmpty())
                    setStatus(tr("No secret key is stored for %1: enter it and save.").arg(name), true);
            });
        }
    }
}

ConnectionSettings ConnectionDialog::formSettings() const
{
    ConnectionSettings c = m_shown;
    c.name = m_name->text().trimmed();
    c.endpointUrl = m_endpoint->text().trimmed();
    c.region = m_region->text().trimmed();
    switch (m_addressing->currentIndex()) {
    case 1:
        c.addressingStyle = AddressingStyle::Path;
        c.addressingStyleSet = true;
        break;
    case 2:
        c.addressingStyle = AddressingStyle::Virtual;
        c.addressingStyleSet = true;
        break;
    default:
        c.addressingStyle = AddressingStyle::Auto;
        c.addressingStyleSet = false;
        break;
    }
    if (c.kind == ConnectionSettings::Kind::Manual)
        c.accessKeyId = m_accessKey->text().trimmed();
    c.caBundle = m_caBundle->text().trimmed();
    c.verifyTls = m_verifyTls->isChecked();
    c.requestPayer = m_requesterPays->isChecked();
    c.expectedBucketOwner = m_expectedOwner->text().trimmed();
    c.concurrency = m_concurrency->value();
    // In the user's notation or with a dot; what cannot be read is kept as NaN for validation to
    // refuse with the reason (never dropped: an empty field means "no price set").
    const QString price = m_price->text().trimmed();
    c.pricePerGbMonth.reset();
    if (!price.isEmpty()) {
        bool ok = false;
        double value = QLocale().toDouble(price, &ok);
        if (!ok)
            value = QLocale::c().toDouble(price, &ok);
        c.pricePerGbMonth = ok ? value : std::numeric_limits<double>::quiet_NaN();
    }
    return c;
}

void ConnectionDialog::updateSecretStorage()
{
    const bool persistent = m_secrets.isPersistent();
    const QStyle::StandardPixmap icon = persistent ? QStyle::SP_DialogApplyButton : QStyle::SP_MessageBoxWarning;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_secretStorageIcon->setPixmap(style()->standardIcon(icon).pixmap(size, size));
    m_secretStorage->setText(
        persistent
            ? tr("Secret key and session token are stored in the system keychain.")
            : tr("Secret key and session token are kept for this session only. %1").arg(m_secrets.unavailableReason()));
}

void ConnectionDialog::updateButtons()
{
    const bool manual = m_shown.kind == ConnectionSettings::Kind::Manual;
    m_deleteButton->setEnabled(manual && !m_shownIsNew);
    m_deleteButton->setToolTip(manual ? QString() : tr("Profiles are edited in ~/.aws."));
}

void ConnectionDialog::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    // The style's own icon, not a colour: it reads in light and dark palettes alike.
    if (error && !text.isEmpty()) {
        const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
        m_statusIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
    } else {
        m_statusIcon->clear();
    }
}

void ConnectionDialog::handleSave()
{
    save([](bool) {});
}

void ConnectionDialog::save(std::function<void(bool)> then)
{
    const ConnectionSettings c = formSettings();
    const bool manual = c.kind == ConnectionSettings::Kind::Manual;
    const auto fail = [this, &then](const QString &words) {
        setStatus(words, true);
        Q_EMIT saveFinished(false);
        then(false);
    };
    if (manual && m_shownIsNew && m_store.find(c.name))
        return fail(tr("A connection named \"%1\" exists already.").arg(c.name));
    if (manual && m_secretKey->text().isEmpty())
        return fail(tr("Enter the secret key of access key %1.").arg(c.accessKeyId));
    if (const Result<Unit> saved = m_store.save(c); !saved)
        return fail(saved.errorString());
    if (!manual) {
        reload();
        setStatus(tr("Saved."), false);
        Q_EMIT saveFinished(true);
        return then(true);
    }

    // Write the secrets first, then show the saved connection (which reads them back). The store
    // answers in order: the second answer comes last.
    const QString secretKey = m_secretKey->text();
    const QString sessionToken = m_sessionToken->text();
    m_shown = c;
    m_shownIsNew = false;
    setStatus(tr("Saving the secrets…"), false);
    auto firstError = std::make_shared<QString>();
    m_secrets.write(c.name, SecretKind::SecretAccessKey, secretKey, this,
                    [firstError](Result<Unit> written) { *firstError = written.errorString(); });
    m_secrets.write(c.name, SecretKind::SessionToken, sessionToken, this,
                    [this, firstError, then, name = c.name](Result<Unit> written) {
                        reload();
                        selectConnection(name);
                        const QString error = firstError->isEmpty() ? written.errorString() : *firstError;
                        if (!error.isEmpty()) {
                            setStatus(tr("Settings saved, but the secrets were not: %1").arg(error), true);
                            Q_EMIT saveFinished(false);
                            return then(false);
                        }
                        setStatus(m_secrets.isPersistent() ? tr("Saved; the secrets are in the system keychain.")
                                                           : tr("Saved; the secrets are kept for this session only."),
                                  false);
                        Q_EMIT saveFinished(true);
                        then(true);
                    });
}

void ConnectionDialog::handleDelete()
{
    if (m_shown.kind != ConnectionSettings::Kind::Manual || m_shownIsNew)
        return;
    const QString name = m_shown.name;
    m_store.remove(name);
    for (SecretKind kind : {SecretKind::SecretAccessKey, SecretKind::SessionToken}) {
        m_secrets.remove(name, kind, this, [this](Result<Unit> removed) {
            if (!removed)
                setStatus(removed.errorString(), true);
        });
    }
    m_shownIsNew = true; // nothing to keep selected
    reload();
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    else
        handleNew();
    setStatus(tr("Deleted %1.").arg(name), false);
}

QTreeWidgetItem *ConnectionDialog::resultRow(ConnectionCheck::Kind kind) const
{
    const int index = int(AllChecks.indexOf(kind));
    return m_results->topLevelItem(index + 1);
}

void ConnectionDialog::setResult(QTreeWidgetItem *item, ConnectionCheck::Outcome outcome, const QString &words)
{
    if (!item)
        return;
    using Outcome = ConnectionCheck::Outcome;
    QIcon icon;
    switch (outcome) {
    case Outcome::Pending:
        break;
    case Outcome::Running:
        icon = style()->standardIcon(QStyle::SP_BrowserReload);
        break;
    case Outcome::Passed:
        icon = style()->standardIcon(QStyle::SP_DialogApplyButton);
        break;
    case Outcome::Failed:
        icon = style()->standardIcon(QStyle::SP_MessageBoxCritical);
        break;
    case Outcome::Skipped:
        icon = style()->standardIcon(QStyle::SP_MessageBoxInformation);
        break;
    }
    item->setIcon(0, icon);
    item->setData(0, OutcomeRole, int(outcome));
    item->setText(1, words);
    item->setToolTip(1, words);
}

void ConnectionDialog::handleTest()
{
    const ConnectionSettings c = formSettings();
    ++m_generation;
    delete m_tester;
    m_results->clear();
    auto *credentials = new QTreeWidgetItem(m_results, {tr("Credentials"), tr("Resolving…")});
    setResult(credentials, ConnectionCheck::Outcome::Running, tr("Resolving…"));
    for (ConnectionCheck::Kind kind : AllChecks)
        setResult(new QTreeWidgetItem(m_results, {ConnectionCheck::title(kind)}), ConnectionCheck::Outcome::Pending,
                  QString());
    m_testButton->setEnabled(false);

    AwsCredentials keys;
    keys.secretAccessKey = m_secretKey->text();
    keys.sessionToken = m_sessionToken->text();
    const quint64 generation = m_generation;
    m_resolver.resolveWith(c, keys, this, [this, generation](Result<ResolvedClient> resolved) {
        if (generation != m_generation)
            return;
        QTreeWidgetItem *credentials = m_results->topLevelItem(CredentialsRow);
        if (!resolved) {
            setResult(credentials, ConnectionCheck::Outcome::Failed, resolved.errorString());
            for (ConnectionCheck::Kind kind : AllChecks)
                setResult(resultRow(kind), ConnectionCheck::Outcome::Skipped, tr("Not tried: no usable credentials."));
            m_testButton->setEnabled(true);
            Q_EMIT testFinished();
            return;
        }
        QString words = tr("Access key %1 from %2.")
                            .arg(resolved->config.credentials.accessKeyId, resolved->config.credentials.source);
        if (!resolved->notes.isEmpty())
            words += u' ' + resolved->notes.join(u' ');
        setResult(credentials, ConnectionCheck::Outcome::Passed, words);
        m_tester = new ConnectionTester(resolved->config, this);
        connect(m_tester, &ConnectionTester::checkUpdated, this,
                [this](const ConnectionCheck &check) { setResult(resultRow(check.kind), check.outcome, check.words); });
        connect(m_tester, &ConnectionTester::finished, this, [this] {
            m_testButton->setEnabled(true);
            Q_EMIT testFinished();
        });
        m_tester->start();
    });
}

void ConnectionDialog::handleConnect()
{
    const ConnectionSettings c = formSettings();
    const bool needsSave =
        c.kind == ConnectionSettings::Kind::Manual
            ? (m_shownIsNew || !sameSettings(c, m_shown) || m_secretKey->isModified() || m_sessionToken->isModified())
            : !sameSettings(c, m_shown);
    const auto choose = [this, c](bool ok) {
        if (!ok)
            return;
        m_selected = c;
        m_store.setLastUsed(c.name);
        Q_EMIT connectionChosen(c);
        accept();
    };
    if (needsSave)
        save(choose);
    else
        choose(true);
}

void ConnectionDialog::handleBrowseCaBundle()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("CA bundle"), m_caBundle->text(),
                                                      tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
    if (!path.isEmpty())
        m_caBundle->setText(path);
}

} // namespace PartSweep
