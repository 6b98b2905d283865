#pragma once

#include "s3/s3client.h"
#include "s3/uploadlister.h"

#include <QObject>
#include <QPointer>

#include <deque>
#include <functional>

namespace PartSweep {

// One scan of pending uploads over several buckets (all of the account's when none is given):
// buckets are listed in parallel (at most maxParallelBuckets at once; each bucket's pages are
// sequential by nature), and with sizes on, every upload's parts are listed concurrently as
// soon as its page arrives. All requests go through the client's bounded queue.
// Lives on the client's thread; emits finished exactly once.
class UploadScan final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UploadScan)

public:
    struct Options
    {
        QStringList buckets; // empty: every bucket of the account
        QString prefix;
        bool sizes = false;
        int maxParallelBuckets = 8;
        int pageSize = 1000;
        // Keeps only the uploads it accepts (e.g. one shard's share): the others are counted in
        // listedCount() but neither stored nor sized. Empty: keep all.
        std::function<bool(const UploadInfo &)> keep;
    };

    struct Sized
    {
        UploadInfo upload;
        std::optional<S3Client::PartsSummary> parts; // with sizes on and ListParts succeeded
        std::optional<S3Error> partsError;
    };

    UploadScan(S3Client *client, Options options, QObject *parent = nullptr);

    void start();
    void cancel();

    const QList<BucketInfo> &buckets() const { return m_buckets; }
    const QList<Sized> &uploads() const { return m_uploads; }
    qint64 listedCount() const { return m_listed; } // every upload listed, kept or not
    const QList<ListingOutcome> &outcomes() const { return m_outcomes; }
    // Set when the bucket list itself could not be read (nothing was scanned).
    const std::optional<S3Error> &fatalError() const { return m_fatalError; }
    bool hasFailures() const;

Q_SIGNALS:
    void bucketsListed(const QList<PartSweep::BucketInfo> &buckets);
    void pageListed(const PartSweep::ListUploadsPage &page);
    void bucketFinished(const PartSweep::ListingOutcome &outcome);
    void finished();

private:
    void startBuckets();
    void startNextBuckets();
    void handlePage(const ListUploadsPage &page);
    void handleBucketFinished(UploadLister *lister, const ListingOutcome &outcome);
    void requestSizes(qsizetype first, qsizetype count);
    void checkDone();

    QPointer<S3Client> m_client;
    Options m_options;
    QList<BucketInfo> m_buckets;
    std::deque<QString> m_pendingBuckets;
    int m_activeListers = 0;
    int m_pendingSizes = 0;
    QList<Sized> m_uploads;
    qint64 m_listed = 0;
    QList<ListingOutcome> m_outcomes;
    std::optional<S3Error> m_fatalError;
    bool m_started = false;
    bool m_cancelled = false;
    bool m_finished = false;
};

} // namespace PartSweep
