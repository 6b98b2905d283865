#include "connection/connectionstore.h"

#include <QCoreApplication>
#include <QSettings>
#include <QUrl>

#include <algorithm>

namespace PartSweep {

namespace {

const QString Group = QStringLiteral("connections");
const QString ArrayName = QStringLiteral("saved");
const QString LastUsedKey = QStringLiteral("lastUsed");

QString styleName(const ConnectionSettings &c)
{
    return c.addressingStyleSet ? addressingStyleName(c.addressingStyle) : QString();
}

void readStyle(const QString &name, ConnectionSettings *c)
{
    const std::optional<AddressingStyle> style = addressingStyleFromName(name);
    c->addressingStyleSet = style.has_value();
    if (style)
        c->addressingStyle = *style;
}

S3Error configError(const QString &message)
{
    S3Error error;
    error.kind = S3Error::Kind::Config;
    error.message = message;
    return error;
}

} // namespace

ConnectionStore::ConnectionStore(std::unique_ptr<QSettings> settings)
    : m_settings(settings ? std::move(settings) : std::make_unique<QSettings>())
{}

ConnectionStore::~ConnectionStore() = default;

QString ConnectionStore::fileName() const
{
    return m_settings->fileName();
}

QList<ConnectionSettings> ConnectionStore::saved() const
{
    QList<ConnectionSettings> result;
    m_settings->beginGroup(Group);
    const int size = m_settings->beginReadArray(ArrayName);
    for (int i = 0; i < size; ++i) {
        m_settings->setArrayIndex(i);
        ConnectionSettings c;
        c.name = m_settings->value(QStringLiteral("name")).toString();
        c.kind = m_settings->value(QStringLiteral("kind")).toString() == u"manual" ? ConnectionSettings::Kind::Manual
                                                                                   : ConnectionSettings::Kind::Profile;
        c.profile = m_settings->value(QStringLiteral("profile")).toString();
        c.endpointUrl = m_settings->value(QStringLiteral("endpointUrl")).toString();
        c.region = m_settings->value(QStringLiteral("region")).toString();
        readStyle(m_settings->value(QStringLiteral("addressingStyle")).toString(), &c);
        c.accessKeyId = m_settings->value(QStringLiteral("accessKeyId")).toString();
        c.caBundle = m_settings->value(QStringLiteral("caBundle")).toString();
        c.verifyTls = m_settings->value(QStringLiteral("verifyTls"), true).toBool();
        c.requestPayer = m_settings->value(QStringLiteral("requestPayer"), false).toBool();
        c.expectedBucketOwner = m_settings->value(QStringLiteral("expectedBucketOwner")).toString();
        c.concurrency = std::clamp(m_settings->value(QStringLiteral("concurrency"), 16).toInt(), 1, 256);
        c.maxAttempts = std::clamp(m_settings->value(QStringLiteral("maxAttempts"), 3).toInt(), 1, 20);
        c.maxListingPages = std::clamp(
            m_settings->value(QStringLiteral("maxListingPages"), S3ClientConfig::DefaultMaxListingPages).toInt(), 1,
            MaxListingPagesLimit);
        bool priced = false;
        const double price = m_settings->value(QStringLiteral("pricePerGbMonth")).toDouble(&priced);
        if (priced && price >= 0 && price <= MaxPricePerGbMonth)
            c.pricePerGbMonth = price;
        if (!c.name.isEmpty())
            result.append(c);
    }
    m_settings->endArray();
    m_settings->endGroup();
    return result;
}

std::optional<ConnectionSettings> ConnectionStore::find(const QString &name) const
{
    for (const ConnectionSettings &c : saved()) {
        if (c.name == name)
            return c;
    }
    return std::nullopt;
}

QList<ConnectionSettings> ConnectionStore::connections(const QStringList &profileNames, bool includeDefaultChain) const
{
    const QList<ConnectionSettings> all = saved();
    const auto savedOrDefault = [&all](const QString &profile) {
        const QString name = ConnectionSettings::nameForProfile(profile);
        for (const ConnectionSettings &c : all) {
            if (c.kind == ConnectionSettings::Kind::Profile && c.name == name && c.profile == profile)
                return c;
        }
        return ConnectionSettings::forProfile(profile);
    };

    QList<ConnectionSettings> result;
    if (includeDefaultChain)
        result.append(savedOrDefault(QString()));
    for (const QString &profile : profileNames)
        result.append(savedOrDefault(profile));
    QList<ConnectionSettings> manual;
    std::copy_if(all.cbegin(), all.cend(), std::back_inserter(manual),
                 [](const ConnectionSettings &c) { return c.kind == ConnectionSettings::Kind::Manual; });
    std::sort(manual.begin(), manual.end(), [](const ConnectionSettings &a, const ConnectionSettings &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    result += manual;
    return result;
}

QString ConnectionStore::validate(const ConnectionSettings &c)
{
    if (c.name.trimmed().isEmpty())
        return QCoreApplication::translate("Connection", "The connection needs a name.");
    if (c.name != c.name.trimmed())
        return QCoreApplication::translate("Connection", "The name must not begin or end with spaces.");
    if (c.kind == ConnectionSettings::Kind::Manual) {
        if (c.name.startsWith(QStringLiteral("profile:")) || c.name == ConnectionSettings::nameForProfile(QString()))
            return QCoreApplication::translate("Connection",
                                               "The name '%1' is reserved for AWS profiles; choose another.")
                .arg(c.name);
        if (c.accessKeyId.trimmed().isEmpty())
            return QCoreApplication::translate("Connection", "Enter the access key id of connection '%1'.").arg(c.name);
        if (c.accessKeyId.contains(QLatin1Char(' ')))
            return QCoreApplication::translate("Connection", "The access key id must not contain spaces.");
    } else if (c.name != ConnectionSettings::nameForProfile(c.profile)) {
        return QCoreApplication::translate("Connection", "A profile's connection is named after its profile ('%1').")
            .arg(ConnectionSettings::nameForProfile(c.profile));
    }
    if (!c.endpointUrl.isEmpty()) {
        const QUrl url(c.endpointUrl);
        if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") || url.host().isEmpty())
            return QCoreApplication::translate("Connection",
                                               "The endpoint must be an http:// or https:// URL, not '%1'.")
                .arg(c.endpointUrl);
    }
    if (c.concurrency < 1 || c.concurrency > 256)
        return QCoreApplication::translate("Connection", "Concurrency must be from 1 to 256.");
    if (c.maxAttempts < 1 || c.maxAttempts > 20)
        return QCoreApplication::translate("Connection", "Attempts per request must be from 1 to 20.");
    if (c.maxListingPages < 1 || c.maxListingPages > MaxListingPagesLimit)
        return QCoreApplication::translate("Connection", "The listing pages per bucket must be from 1 to %L1.")
            .arg(MaxListingPagesLimit);
    if (c.pricePerGbMonth && !(*c.pricePerGbMonth >= 0 && *c.pricePerGbMonth <= MaxPricePerGbMonth))
        return QCoreApplication::translate("Connection",
                                           "The storage price is USD per GB-month from 0 to %1, such as 0.0059.")
            .arg(MaxPricePerGbMonth);
    return QString();
}

Result<Unit> ConnectionStore::save(const ConnectionSettings &connection)
{
    const QString problem = validate(connection);
    if (!problem.isEmpty())
        return configError(problem);
    QList<ConnectionSettings> all = saved();
    const auto it = std::find_if(all.begin(), all.end(),
                                 [&connection](const ConnectionSettings &c) { return c.name == connection.name; });
    if (it != all.end()) {
        if (it->kind != connection.kind)
            return configError(QCoreApplication::translate("Connection", "A connection named '%1' exists already.")
                                   .arg(connection.name));
        *it = connection;
    } else {
        all.append(connection);
    }
    writeAll(all);
    return syncStatus();
}

bool ConnectionStore::remove(const QString &name)
{
    QList<ConnectionSettings> all = saved();
    const qsizetype removed = all.removeIf([&name](const ConnectionSettings &c) { return c.name == name; });
    if (removed == 0)
        return false;
    writeAll(all);
    if (lastUsed() == name)
        setLastUsed(QString());
    return syncStatus().ok();
}

void ConnectionStore::writeAll(const QList<ConnectionSettings> &connections)
{
    m_settings->beginGroup(Group);
    m_settings->remove(ArrayName);
    m_settings->beginWriteArray(ArrayName, int(connections.size()));
    for (int i = 0; i < connections.size(); ++i) {
        const ConnectionSettings &c = connections.at(i);
        m_settings->setArrayIndex(i);
        // Field by field, so that a secret can never ride along with a whole struct.
        m_settings->setValue(QStringLiteral("name"), c.name);
        m_settings->setValue(QStringLiteral("kind"), c.kind == ConnectionSettings::Kind::Manual
                                                         ? QStringLiteral("manual")
                                                         : QStringLiteral("profile"));
        m_settings->setValue(QStringLiteral("profile"), c.profile);
        m_settings->setValue(QStringLiteral("endpointUrl"), c.endpointUrl);
        m_settings->setValue(QStringLiteral("region"), c.region);
        m_settings->setValue(QStringLiteral("addressingStyle"), styleName(c));
        m_settings->setValue(QStringLiteral("accessKeyId"), c.accessKeyId);
        m_settings->setValue(QStringLiteral("caBundle"), c.caBundle);
        m_settings->setValue(QStringLiteral("verifyTls"), c.verifyTls);
        m_settings->setValue(QStringLiteral("requestPayer"), c.requestPayer);
        m_settings->setValue(QStringLiteral("expectedBucketOwner"), c.expectedBucketOwner);
        m_settings->setValue(QStringLiteral("concurrency"), c.concurrency);
        m_settings->setValue(QStringLiteral("maxAttempts"), c.maxAttempts);
        m_settings->setValue(QStringLiteral("maxListingPages"), c.maxListingPages);
        if (c.pricePerGbMonth)
            m_settings->setValue(QStringLiteral("pricePerGbMonth"), *c.pricePerGbMonth);
        else
            m_settings->remove(QStringLiteral("pricePerGbMonth"));
    }
    m_settings->endArray();
    m_settings->endGroup();
}

Result<Unit> ConnectionStore::syncStatus()
{
    m_settings->sync();
    if (m_settings->status() != QSettings::NoError)
        return configError(QCoreApplication::translate("Connection", "The connections could not be written to %1.")
                               .arg(m_settings->fileName()));
    return Unit{};
}

QString ConnectionStore::lastUsed() const
{
    return m_settings->value(Group + u'/' + LastUsedKey).toString();
}

void ConnectionStore::setLastUsed(const QString &name)
{
    if (name.isEmpty())
        m_settings->remove(Group + u'/' + LastUsedKey);
    else
        m_settings->setValue(Group + u'/' + LastUsedKey, name);
    m_settings->sync();
}

} // namespace PartSweep
