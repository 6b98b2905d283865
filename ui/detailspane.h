#pragma once

#include "s3/s3client.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QTreeWidget;

namespace PartSweep {

// The current upload: what it is, who started it, its parts (number, size, ETag, last
// modified) and the lifecycle rule that will abort it, if any (x-amz-abort-date).
// Shows what it is given; the main window fetches the parts (InventoryScanner::fetchParts).
class DetailsPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailsPane)

public:
    explicit DetailsPane(QWidget *parent = nullptr);

    // The pane's width is the user's (the dock's splitter), never its content's: a long key, id
    // or parts list wraps or scrolls instead of pushing the upload table's columns off screen.
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    void showNothing();
    // A bucket: its fields as label and value, in words (no raw numbers).
    using Fields = QList<std::pair<QString, QString>>;
    void showBucket(const QString &bucket, const Fields &fields);
    // Upload known, parts being listed.
    // An upload; `state` says where a cleanup left it (empty: pending, never touched).
    void showUpload(const UploadInfo &upload, qint64 ageSeconds, const QString &state = {});
    // An upload a cleanup verified gone: what happened instead of its (no longer existing) parts.
    void showGone(const QString &what);
    void showParts(const S3Client::PartsSummary &parts);
    void showPartsError(const QString &message);

private:
    void showUploadId(const QString &uploadId);

    QLabel *m_title;
    QLabel *m_uploadIdLabel;
    QLineEdit *m_uploadId;
    QLabel *m_fields;
    QLabel *m_partsHeader;
    QTreeWidget *m_parts;
};

} // namespace PartSweep
