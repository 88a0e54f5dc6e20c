#include "sortkey.h"

#include "common/logging.h"

#include <unicode/ucol.h>

#include <memory>

namespace cd::SortKeys {

namespace {

struct CollatorCloser
{
    void operator()(UCollator* c) const { ucol_close(c); }
};
using CollatorPtr = std::unique_ptr<UCollator, CollatorCloser>;

CollatorPtr openCollator()
{
    UErrorCode status = U_ZERO_ERROR;
    CollatorPtr c(ucol_open("zh", &status)); // zh's default collation is pinyin
    if (U_FAILURE(status)) {
        qCWarning(lcCases) << "cannot open the Chinese collator:" << u_errorName(status);
        return nullptr;
    }
    ucol_setAttribute(c.get(), UCOL_NUMERIC_COLLATION, UCOL_ON, &status);
    return c;
}

// A UCollator must not be shared between threads; each thread opens its own.
UCollator* collator()
{
    thread_local CollatorPtr c = openCollator();
    return c.get();
}

} // namespace

QByteArray key(const QString& text)
{
    UCollator* c = collator();
    if (!c) // no ICU data: code-point order, still a valid (if un-Chinese) key
        return text.toUtf8();
    const auto* src = reinterpret_cast<const UChar*>(text.utf16());
    const int32_t len = int32_t(text.size());
    QByteArray out(qMax<qsizetype>(64, text.size() * 4 + 16), Qt::Uninitialized);
    int32_t n =
        ucol_getSortKey(c, src, len, reinterpret_cast<uint8_t*>(out.data()), int32_t(out.size()));
    if (n > out.size()) {
        out.resize(n);
        n = ucol_getSortKey(c, src, len, reinterpret_cast<uint8_t*>(out.data()),
                            int32_t(out.size()));
    }
    out.resize(qMax(0, n - 1)); // without the terminating zero
    return out;
}

QString partiesText(const QStringList& names)
{
    return names.mid(0, 4).join(QStringLiteral("、"));
}

} // namespace cd::SortKeys
