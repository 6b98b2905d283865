#include "pricing/pricetable.h"

#include "util/appinfo.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>

#include <algorithm>
#include <cmath>
#include <tuple>

// Outside any namespace, as Q_INIT_RESOURCE requires: the price file is in this static library.
static void initPricingResource()
{
    Q_INIT_RESOURCE(pricing);
}

namespace PartSweep {

namespace {

S3Error badPrices(const QString &origin, const QString &why)
{
    S3Error error;
    error.kind = S3Error::Kind::Config;
    error.message = QCoreApplication::translate("CostModel", "The prices in %1 cannot be used: %2").arg(origin, why);
    return error;
}

} // namespace

Result<PriceTable> PriceTable::fromJson(const QByteArray &json, const QString &origin)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return badPrices(origin, parseError.error != QJsonParseError::NoError
                                     ? parseError.errorString()
                                     : QCoreApplication::translate("CostModel", "not a JSON object"));
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("currency")).toString(QStringLiteral("USD")) != u"USD")
        return badPrices(origin, QCoreApplication::translate("CostModel", "only USD prices are supported"));
    PriceTable table;
    table.m_date = root.value(QStringLiteral("date")).toString();
    const QJsonObject regions = root.value(QStringLiteral("regions")).toObject();
    for (auto region = regions.begin(); region != regions.end(); ++region) {
        const QJsonObject classes = region.value().toObject();
        for (auto c = classes.begin(); c != classes.end(); ++c) {
            const double price = c.value().toDouble(-1);
            if (!c.value().isDouble() || price < 0 || !std::isfinite(price))
                return badPrices(
                    origin, QCoreApplication::translate("CostModel", "the price of %1 in %2 is not a number of dollars")
                                .arg(c.key(), region.key()));
            table.m_prices[region.key()].insert(c.key(), price);
        }
    }
    return table;
}

PriceTable PriceTable::builtIn()
{
    initPricingResource();
    QFile file(QStringLiteral(":/partsweep/prices/aws-s3-storage.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const Result<PriceTable> table = fromJson(file.readAll(), file.fileName());
    return table ? *table : PriceTable{};
}

QString PriceTable::userFile()
{
    return AppInfo::sharedConfigPath(QStringLiteral("prices.json"));
}

Result<PriceTable> PriceTable::userPrices()
{
    QFile file(userFile());
    if (!file.exists())
        return PriceTable{};
    if (!file.open(QIODevice::ReadOnly))
        return badPrices(file.fileName(), file.errorString());
    return fromJson(file.readAll(), file.fileName());
}

Result<Unit> PriceTable::saveUserPrices(const PriceTable &prices)
{
    const QString path = userFile();
    if (prices.isEmpty()) {
        if (QFile::exists(path) && !QFile::remove(path))
            return badPrices(path, QCoreApplication::translate("CostModel", "it cannot be removed"));
        return Unit{};
    }
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return badPrices(path, QCoreApplication::translate("CostModel", "its folder cannot be created"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(prices.toJson()) < 0 || !file.commit())
        return badPrices(path, file.errorString());
    return Unit{};
}

QList<PriceTable::Entry> PriceTable::entries() const
{
    QList<Entry> all;
    for (auto region = m_prices.cbegin(); region != m_prices.cend(); ++region) {
        for (auto c = region->cbegin(); c != region->cend(); ++c)
            all.append(Entry{region.key(), c.key(), c.value()});
    }
    std::sort(all.begin(), all.end(), [](const Entry &a, const Entry &b) {
        return std::tie(a.region, a.storageClass) < std::tie(b.region, b.storageClass);
    });
    return all;
}

void PriceTable::set(const QString &region, const QString &storageClass, double usdPerGbMonth)
{
    m_prices[region].insert(storageClass, usdPerGbMonth);
}

QByteArray PriceTable::toJson() const
{
    QJsonObject regions;
    for (const Entry &entry : entries()) {
        QJsonObject classes = regions.value(entry.region).toObject();
        classes.insert(entry.storageClass, entry.usdPerGbMonth);
        regions.insert(entry.region, classes);
    }
    QJsonObject root{{QStringLiteral("about"), QStringLiteral("Storage prices in USD per GB-month (GB = 2^30 "
                                                              "bytes) that replace PartSweep's list prices")},
                     {QStringLiteral("currency"), QStringLiteral("USD")},
                     {QStringLiteral("regions"), regions}};
    if (!m_date.isEmpty())
        root.insert(QStringLiteral("date"), m_date);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

PriceTable PriceTable::forThisUser(QStringList *warnings)
{
    PriceTable table = builtIn();
    QFile file(userFile());
    if (!file.exists())
        return table;
    if (!file.open(QIODevice::ReadOnly)) {
        if (warnings)
            *warnings << QCoreApplication::translate("CostModel", "%1 cannot be read: %2")
                             .arg(file.fileName(), file.errorString());
        return table;
    }
    const Result<PriceTable> user = fromJson(file.readAll(), file.fileName());
    if (!user) {
        if (warnings)
            *warnings << user.error().message;
        return table;
    }
    table.merge(*user);
    return table;
}

void PriceTable::merge(const PriceTable &other)
{
    for (auto region = other.m_prices.cbegin(); region != other.m_prices.cend(); ++region) {
        for (auto c = region->cbegin(); c != region->cend(); ++c)
            m_prices[region.key()].insert(c.key(), c.value());
    }
    if (!other.m_date.isEmpty())
        m_date = other.m_date;
}

std::optional<double> PriceTable::perGbMonth(const QString &region, const QString &storageClass) const
{
    const auto r = m_prices.constFind(region.isEmpty() ? QStringLiteral("us-east-1") : region);
    if (r == m_prices.cend())
        return std::nullopt;
    const auto c = r->constFind(storageClass);
    if (c == r->cend())
        return std::nullopt;
    return *c;
}

QString billedStorageClass(const QString &uploadStorageClass)
{
    if (uploadStorageClass.isEmpty() || uploadStorageClass == u"GLACIER" || uploadStorageClass == u"DEEP_ARCHIVE")
        return QStringLiteral("STANDARD");
    return uploadStorageClass;
}

bool isAwsEndpoint(const QUrl &endpoint)
{
    if (endpoint.isEmpty())
        return true;
    const QString host = endpoint.host().toLower();
    return host == u"amazonaws.com" || host.endsWith(QStringLiteral(".amazonaws.com"));
}

CostModel CostModel::forConnection(const PriceTable &table, const QUrl &endpoint, const QString &region,
                                   std::optional<double> connectionPricePerGbMonth)
{
    CostModel model;
    model.m_region = region.isEmpty() ? QStringLiteral("us-east-1") : region;
    if (connectionPricePerGbMonth) {
        model.m_source = Source::Connection;
        model.m_connectionPrice = *connectionPricePerGbMonth;
    } else if (isAwsEndpoint(endpoint) && table.perGbMonth(model.m_region, QStringLiteral("STANDARD"))) {
        model.m_source = Source::ListPrices;
        model.m_table = table;
    }
    return model;
}

std::optional<double> CostModel::monthly(qint64 bytes, const QString &storageClass) const
{
    if (bytes < 0)
        return std::nullopt;
    const std::optional<double> price = perGbMonth(storageClass);
    if (!price)
        return std::nullopt;
    return double(bytes) / BytesPerGb * *price;
}

std::optional<double> CostModel::perGbMonth(const QString &storageClass) const
{
    switch (m_source) {
    case Source::None:
        return std::nullopt;
    case Source::Connection:
        return m_connectionPrice;
    case Source::ListPrices:
        break;
    }
    return m_table.perGbMonth(m_region, billedStorageClass(storageClass));
}

double costSoFar(double monthlyUsd, qint64 ageSeconds)
{
    return ageSeconds > 0 ? monthlyUsd * double(ageSeconds) / double(SecondsPerBillingMonth) : 0.0;
}

QString CostModel::describe() const
{
    switch (m_source) {
    case Source::None:
        return QCoreApplication::translate("CostModel", "no price set for this service");
    case Source::Connection:
        return QCoreApplication::translate("CostModel", "%1 per GB-month set for this connection")
            .arg(formatMoney(m_connectionPrice));
    case Source::ListPrices:
        break;
    }
    return QCoreApplication::translate("CostModel", "AWS list prices of %1, %2").arg(m_table.date(), m_region);
}

QString formatMoney(double usd)
{
    const QLocale locale;
    if (usd <= 0)
        return QStringLiteral("$0");
    if (usd < 0.0001)
        return QStringLiteral("< $0.0001");
    if (usd < 1) // two significant digits: an estimate, not an invoice
        return u'$' + locale.toString(usd, 'f', std::max(2, 1 - int(std::floor(std::log10(usd)))));
    if (usd < 1000)
        return u'$' + locale.toString(usd, 'f', 2);
    return u'$' + locale.toString(usd, 'f', 0);
}

QString formatMoneyEstimate(double usd)
{
    if (usd > 0 && usd < 0.0001)
        return QCoreApplication::translate("CostModel", "under $0.0001");
    return QCoreApplication::translate("CostModel", "about %1").arg(formatMoney(usd));
}

} // namespace PartSweep
