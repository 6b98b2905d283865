// libFuzzer target: the job journal loader (a journal damaged by a crash, a full disk or a
// hand edit must load as far as it can, or be refused, never crash the resume offer).
#include "cleanup/cleanupjournal.h"

#include <cstdint>

using namespace PartSweep;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray content(reinterpret_cast<const char *>(data), qsizetype(size));
    const Result<JournalData> journal = CleanupJournal::parse(content, QStringLiteral("/fuzz/job.jsonl"));
    if (journal)
        (void)journal->isUnfinished();
    return 0;
}
