#include "batchdrafter.h"

#include "cases/caserepository.h"
#include "drafter.h"
#include "draftinglog.h"
#include "statutes/statutelibrary.h"
#include "storage/profile.h"
#include "templaterepository.h"

#include <QDir>
#include <QElapsedTimer>

namespace cd {

int DraftBatchResult::succeeded() const
{
    int n = 0;
    for (const DraftBatchItem& i : items)
        n += i.error.isEmpty();
    return n;
}

QString BatchDrafter::fileNameFor(const QString& caseNumber, const QString& templateId,
                                  ExportFormat format)
{
    QString base = caseNumber;
    base.replace(QChar(u'（'), QString()).replace(QChar(u'）'), QLatin1Char('-'));
    base.replace(QLatin1Char('('), QString()).replace(QLatin1Char(')'), QLatin1Char('-'));
    base.remove(QLatin1Char('/'));
    static const char* ext[] = {".pdf", ".odt", ".docx", ".txt"};
    return base + QLatin1Char('-') + templateId + QLatin1String(ext[int(format)]);
}

Result<DraftBatchResult> BatchDrafter::run(const DraftBatchRequest& req,
                                           const std::function<bool(int, int)>& progress)
{
    QElapsedTimer timer;
    timer.start();
    auto profile = Profile::open(req.profileDir);
    if (!profile)
        return profile.error();
    auto repo = TemplateRepository::load(req.profileDir);
    if (!repo)
        return repo.error();
    if (!repo->find(req.templateId))
        return makeError(ErrorCode::NotFound, tr("There is no template “%1”.").arg(req.templateId));
    if (!QDir().mkpath(req.outputDir))
        return makeError(ErrorCode::Io, tr("Cannot create the folder %1.").arg(req.outputDir));
    auto library = StatuteLibrary::openDefault();
    if (!library)
        qCWarning(lcDrafting) << "batch without statute library:" << library.errorMessage();
    const Drafter drafter(repo.value(), library ? library.value().get() : nullptr);
    CaseRepository cases(profile.value()->database(), profile.value()->actor());

    DraftBatchResult result;
    const int total = req.caseNumbers.size();
    for (int i = 0; i < total; ++i) {
        DraftBatchItem item;
        item.caseNumber = req.caseNumbers.at(i);
        auto id = cases.idForNumber(item.caseNumber);
        auto record = id ? cases.load(id.value()) : Result<CaseRecord>(id.error());
        if (!record) {
            item.error = record.errorMessage();
        } else {
            DraftOptions o;
            o.date = req.date;
            if (auto ev = Drafter::evidenceFor(profile.value()->database(), id.value()))
                o.evidence = ev.value();
            auto doc = drafter.draft(record.value(), req.templateId, o);
            if (!doc) {
                item.error = doc.errorMessage();
            } else {
                const QString path =
                    QDir(req.outputDir)
                        .filePath(fileNameFor(item.caseNumber, req.templateId, req.format));
                auto written = DraftExport::write(doc.value(), path);
                if (written)
                    item.path = path;
                else
                    item.error = written.errorMessage();
            }
        }
        result.items << item;
        if (progress && !progress(i + 1, total)) {
            result.cancelled = i + 1 < total;
            break;
        }
    }
    result.millis = timer.elapsed();
    qCInfo(lcDrafting) << "batch" << req.templateId << ":" << result.succeeded() << "of" << total
                       << "written in" << result.millis << "ms"
                       << (result.cancelled ? "(cancelled)" : "");
    return result;
}

} // namespace cd
