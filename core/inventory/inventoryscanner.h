#pragma once

#include "s3/s3client.h"
#include "s3/uploadlister.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <deque>

namespace PartSweep {

class InventoryModel;
class UploadScan;

// Feeds an InventoryModel from an S3Client: lists the buckets, scans them in parallel (bounded,
// through the client's queue) streaming each page into the model, and fetches sizes (ListParts)
// lazily: rows the user looks at or selects jump the queue (prioritizeSizes), "size all" queues
// the rest behind them. Per-bucket failures stay on their bucket row; the others carry on.
//
// Threading: lives on the GUI thread with the model and the client (the client is asynchronous,
// so nothing here blocks). Results of a scan that was replaced by refresh() are dropped: every
// callback checks the generation it was started for.
class InventoryScanner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InventoryScanner)

public:
    InventoryScanner(S3Client *client, InventoryModel *model, QObject *parent = nullptr);
    ~InventoryScanner() override;

    // Size requests handed to the client at once; the rest wait here so that priorities still
    // apply (the client's own queue is first come, first served).
    void setMaxSizeRequestsInFlight(int n) { m_maxSizesInFlight = qMax(1, n); }

    // Starts a new scan of every bucket (all of the account's, or `buckets`); a running one is
    // cancelled and its late results dropped. The model is reset.
    void refresh(const QStringList &buckets = {});
    void cancel();
    bool isScanning() const { return m_scan != nullptr; }

    struct UploadRef
    {
        QString bucket;
        QString key;
        QString uploadId;
    };
    // Sizes for these uploads before any other waiting; those already sized or queued first are
    // moved to the front (the latest call wins: it is what the user looks at now).
    void prioritizeSizes(const QList<UploadRef> &uploads);
    // Sizes for every upload of the model not sized yet (queued behind the prioritized ones).
    void sizeAll();
    qsizetype sizesWaiting() const { return qsizetype(m_sizeQueue.size()) + m_sizesInFlight; }

    // Every part of one upload (the details pane); also records its size in the model.
    void fetchParts(const UploadRef &upload, QObject *context,
                    std::function<void(Result<S3Client::PartsSummary>)> done);

    struct Progress
    {
        int buckets = 0;
        int bucketsDone = 0;
        int bucketsFailed = 0;
        qint64 uploads = 0;
        int pages = 0;
        qint64 sizesDone = 0;
        qint64 sizesFailed = 0;
        qint64 elapsedMs = 0;
    };
    Progress progress() const;
    // Uploads the running scan holds besides the model's rows: the model is the one store, so 0
    // (a copy would double the window's memory per upload).
    qsizetype uploadsHeldByScan() const;

    // Servers known to list pending uploads only for an exact object name (MinIO's
    // ListMultipartUploads ignores a bare prefix): true when the Server header says so.
    static bool isExactKeyOnlyServer(const QByteArray &serverHeader);

Q_SIGNALS:
    void scanStarted();
    void progressed();                                // at most every 200 ms while scanning or sizing
    void scanFinished();                              // the listing is over (sizes may still be arriving)
    void fatalError(const PartSweep::S3Error &error); // the bucket list itself could not be read
    void noticeRaised(const QString &message);        // something the user should know (MinIO)

private:
    void handleBucketsListed(const QList<BucketInfo> &buckets);
    void handlePage(const ListUploadsPage &page);
    void handleBucketFinished(const ListingOutcome &outcome);
    void handleScanFinished();
    void checkExactKeyOnlyServer();
    void pumpSizes();
    void noteProgress();

    QPointer<S3Client> m_client;
    QPointer<InventoryModel> m_model;
    UploadScan *m_scan = nullptr;
    quint64 m_generation = 0;
    int m_maxSizesInFlight = 64;

    Progress m_progress;
    QHash<QString, int> m_pagesByBucket;
    QHash<QString, qint64> m_uploadsByBucket;
    QElapsedTimer m_clock;
    QTimer *m_progressTimer = nullptr;

    std::deque<UploadRef> m_sizeQueue;
    QSet<QString> m_sizeQueued; // upload ids queued or in flight
    QSet<QString> m_sized;      // upload ids whose size is in the model
    int m_sizesInFlight = 0;
};

} // namespace PartSweep
