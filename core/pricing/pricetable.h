#pragma once

#include "util/result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace PartSweep {

// AWS bills storage by the GB-month: GB = 2^30 bytes, a month = 730 hours (byte-hours summed over
// the month, divided by its hours: 730 on average).
inline constexpr double BytesPerGb = 1024.0 * 1024.0 * 1024.0;
inline constexpr qint64 SecondsPerBillingMonth = 730 * 3600;
// A price per GB-month above this is a typing error (S3 Standard is about $0.023).
inline constexpr double MaxPricePerGbMonth = 100;

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
    // The user's file alone (empty when there is none); an error when it cannot be used.
    static Result<PriceTable> userPrices();
    // Writes `prices` as the user's file (atomically, creating its folder); an empty table
    // removes the file, leaving the list prices alone.
    static Result<Unit> saveUserPrices(const PriceTable &prices);

    struct Entry
    {
        QString region;
        QString storageClass;
        double usdPerGbMonth = 0;
        bool operator==(const Entry &) const = default;
    };
    QList<Entry> entries() const; // sorted by region, then class
    bool isEmpty() const { return m_prices.isEmpty(); }
    void set(const QString &region, const QString &storageClass, double usdPerGbMonth);
    QByteArray toJson() const; // the format fromJson() reads

    // Each region/class the other table names replaces this one's.
    void merge(const PriceTable &other);
    std::optional<double> perGbMonth(const QString &region, const QString &storageClass) const;
    const QString &date() const { return m_date; }
    void setDate(const QString &date) { m_date = date; }

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
    // USD per GB-month for the parts of an upload of that class; nullopt when no price applies.
    std::optional<double> perGbMonth(const QString &storageClass) const;
    // "AWS list prices of 2026-11-28, us-east-1", "$0.0059 per GB-month set for this connection",
    // "no price set for this service".
    QString describe() const;

private:
    Source m_source = Source::None;
    PriceTable m_table;
    QString m_region;
    double m_connectionPrice = 0;
};

// An estimate of what a monthly cost has come to over `ageSeconds` (an upload's age): its parts
// at their size now for all that time. Parts uploaded later cost less, so this is an upper
// bound for an upload whose size did not shrink; labelled as an estimate wherever shown.
double costSoFar(double monthlyUsd, qint64 ageSeconds);

// "$0.0051", "$12.34", "$1,234", "< $0.0001" (for estimates: two significant digits under a dollar).
QString formatMoney(double usd);
// For sentences: "about $0.0051", "under $0.0001".
QString formatMoneyEstimate(double usd);

} // namespace PartSweep
