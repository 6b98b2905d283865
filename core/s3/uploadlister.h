#pragma once

#include "s3/s3types.h"
#include "util/s3error.h"

#include <QObject>
#include <QPointer>
#include <QSet>

#include <optional>

namespace PartSweep {

class S3Client;

struct ListingOutcome
{
    QString bucket;
    std::optional<S3Error> error; // set when the listing failed
    QStringList warnings;         // paging anomalies the server caused (listing may be incomplete)
    bool complete = false;        // every page was read
    int pages = 0;
    qint64 uploads = 0;
    // How the keys were read, for logs and reports: "EncodingType element", "read the same
    // either way" or "listed without encoding-type (the server did not say it encoded keys)".
    QString keyRule;
};

// Lists every pending upload of one bucket, page by page (ListMultipartUploads with both
// markers), and guards against servers whose paging is broken: a page whose markers do not
// advance, IsTruncated without Next markers, or a page that repeats ends the listing with a
// warning instead of looping. Keys: asked url-encoded; a page that does not say whether the
// server applied it, and whose keys read differently either way, is not used: it is listed again
// without encoding-type, and so is the rest of the bucket (never a guessed decoding: a key taken
// for another key is an upload aborted by mistake, or one left behind). Lives on the client's
// thread; emits pageListed for each page and finished exactly once (also after cancel()).
class UploadLister final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UploadLister)

public:
    UploadLister(S3Client *client, QString bucket, QString prefix = {}, QObject *parent = nullptr);

    void setPageSize(int maxUploads) { m_pageSize = maxUploads; }
    // A page that failed for a passing cause (RetryPolicy::isPassing: a gateway restarting,
    // throttling) after the client's own retries is asked again after a pause that doubles from
    // firstDelayMs (to 30 s at most), `rounds` times, before the bucket fails. Default: 5 rounds
    // from 1 s (about a minute of outage ridden out).
    void setTransientRetry(int rounds, int firstDelayMs)
    {
        m_transientRounds = rounds;
        m_firstDelayMs = firstDelayMs;
    }
    const QString &bucket() const { return m_bucket; }

    void start();
    void cancel();

Q_SIGNALS:
    void pageListed(const PartSweep::ListUploadsPage &page);
    void finished(const PartSweep::ListingOutcome &outcome);

private:
    void requestPage();
    void handlePage(const ListUploadsPage &page);
    void finish();

    QPointer<S3Client> m_client;
    QString m_bucket;
    QString m_prefix;
    int m_pageSize = 1000;
    QString m_keyMarker;
    QString m_uploadIdMarker;
    bool m_urlEncoding = true;
    QSet<QString> m_previousPageIds;  // drops repeats when a fallback marker re-includes uploads
    QSet<QString> m_requestedMarkers; // every (key, upload id) marker pair sent: a repeat means a cycle
    ListingOutcome m_outcome;
    bool m_running = false;
    bool m_finished = false;
    int m_transientRounds = 5;
    int m_firstDelayMs = 1000;
    int m_failedRounds = 0; // rounds used on the current page
};

} // namespace PartSweep
