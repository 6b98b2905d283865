#pragma once

#include "util/result.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace PartSweep {

// Storage prices: USD per GB-month (GB = 2^30 bytes, as AWS bills) by region and storage class.
// builtIn() is the dated list-price file shipped with the application
// (core/pricing/aws-s3-storage.json); a user's prices file in the same format overrides what it
// names. A region or class the table does not hold has no price: PartSweep never guesses one.
class PriceTable final
{
public:
    static PriceTable builtIn();
    static Result<PriceTable> fromJson(const QByteArray &json, const QString &origin);
    // <config dir>/PartSweep/prices.json: the user's prices, same format (regions or "custom").
    static QString userFile();
    // builtIn() with the user's file merged in; a file that cannot be read is a warning.
    static PriceTable forThisUser(QStringList *warnings);

    // Each region/class the other table names replaces this one's.
    void merge(const PriceTable &other);
    std::optional<double> perGbMonth(const QString &region, const QString &storageClass) const;
    const QString &date() const { return m_date; }

private:
    QHash<QString, QHash<QString, double>> m_prices; // region -> class -> USD per GB-month
    QString m_date;
};

// The class an upload's parts are billed at: GLACIER and DEEP_ARCHIVE uploads at STANDARD until
// they are completed (AWS documents this); no class means STANDARD.
QString billedStorageClass(const QString &uploadStorageClass);

// AWS itself (no endpoint, or a host under amazonaws.com): list prices apply. Other services
// (Ceph, MinIO, Wasabi, B2, R2) have their own prices or none.
bool isAwsEndpoint(const QUrl &endpoint);

// The prices that apply to one connection: AWS's list prices for its region, or a price per
// GB-month set for the connection (any service; it wins over the list), or none.
class CostModel final
{
public:
    enum class Source
    {
        None,
        ListPrices,
        Connection,
    };
    CostModel() = default;
    static CostModel forConnection(const PriceTable &table, const QUrl &endpoint, const QString &region,
                                   std::optional<double> connectionPricePerGbMonth);

    Source source() const { return m_source; }
    bool hasPrices() const { return m_source != Source::None; }
    // USD a month for `bytes` of parts of an upload of that class; nullopt when the size is
    // unknown (bytes < 0) or no price applies.
    std::optional<double> monthly(qint64 bytes, const QString &storageClass) const;
    // "AWS list prices of 2026-11-28, us-east-1", "$0.0059 per GB-month set for this connection",
    // "no price set for this service".
    QString describe() const;

private:
    Source m_source = Source::None;
    PriceTable m_table;
    QString m_region;
    double m_connectionPrice = 0;
};

// "$0.0051", "$12.34", "$1,234", "< $0.0001" (for estimates: two significant digits under a dollar).
QString formatMoney(double usd);
// For sentences: "about $0.0051", "under $0.0001".
QString formatMoneyEstimate(double usd);

} // namespace PartSweep
