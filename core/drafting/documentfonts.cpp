#include "documentfonts.h"

#include "draftinglog.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFontDatabase>
#include <QGuiApplication>

namespace cd {

namespace {
int idx(ParagraphStyle::Face f)
{
    return int(f);
}

// The real faces first (as Windows and Chinese Linux desktops name them), then free faces of
// the same style, then the general CJK serif every Debian desk has.
const QStringList kFang{QStringLiteral("仿宋_GB2312"), QStringLiteral("FangSong_GB2312"),
                        QStringLiteral("仿宋"),        QStringLiteral("FangSong"),
                        QStringLiteral("STFangsong"),  QStringLiteral("华文仿宋"),
                        QStringLiteral("FandolFang")};
const QStringList kSong{QStringLiteral("方正小标宋简体"), QStringLiteral("FZXiaoBiaoSong-B05S"),
                        QStringLiteral("宋体"), QStringLiteral("SimSun"),
                        QStringLiteral("FandolSong")};
const QStringList kHei{QStringLiteral("黑体"), QStringLiteral("SimHei"),
                       QStringLiteral("FandolHei")};
const QStringList kKai{QStringLiteral("楷体_GB2312"), QStringLiteral("KaiTi_GB2312"),
                       QStringLiteral("楷体"),        QStringLiteral("KaiTi"),
                       QStringLiteral("FandolKai"),   QStringLiteral("AR PL UKai CN")};
// Exact faces: anything before the free substitutes in the lists above.
const int kExactCount[4] = {4, 6, 2, 4}; // Song, Fang, Hei, Kai (enum order)
const QStringList kFallbacks{QStringLiteral("Noto Serif CJK SC"),
                             QStringLiteral("Noto Sans CJK SC"), QStringLiteral("AR PL UMing CN")};

void registerFontFolders()
{
    QStringList dirs{qEnvironmentVariable("COURTDESK_FONT_DIR"),
                     QStringLiteral("/usr/local/share/fonts/fandol"),
                     QStringLiteral("/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol")};
    if (QCoreApplication::instance())
        dirs << QDir(QCoreApplication::applicationDirPath())
                    .filePath(QStringLiteral("../share/courtdesk/fonts"));
    const QStringList known = QFontDatabase::families();
    for (const QString& d : qAsConst(dirs)) {
        if (d.isEmpty() || !QDir(d).exists())
            continue;
        QDirIterator it(d,
                        {QStringLiteral("*.otf"), QStringLiteral("*.ttf"), QStringLiteral("*.ttc")},
                        QDir::Files);
        while (it.hasNext()) {
            const QString path = it.next();
            // Fonts fontconfig already knows need no second registration.
            const QString base = QFileInfo(path).completeBaseName().section(QLatin1Char('-'), 0, 0);
            if (known.contains(base))
                continue;
            if (QFontDatabase::addApplicationFont(path) < 0)
                qCWarning(lcDrafting) << "cannot load font" << path;
        }
    }
}
} // namespace

const QStringList& DocumentFonts::candidates(ParagraphStyle::Face face)
{
    switch (face) {
    case ParagraphStyle::Face::Song:
        return kSong;
    case ParagraphStyle::Face::Hei:
        return kHei;
    case ParagraphStyle::Face::Kai:
        return kKai;
    case ParagraphStyle::Face::Fang:
        break;
    }
    return kFang;
}

DocumentFonts::DocumentFonts()
{
    registerFontFolders();
    const QStringList families = QFontDatabase::families();
    for (const QString& f : kFallbacks) {
        if (families.contains(f)) {
            m_fallback = f;
            break;
        }
    }
    // $COURTDESK_DOCUMENT_FONT names one installed family for every face: a court's own font,
    // or a test of the fallback path.
    const QString forced = qEnvironmentVariable("COURTDESK_DOCUMENT_FONT");
    for (auto face : {ParagraphStyle::Face::Song, ParagraphStyle::Face::Fang,
                      ParagraphStyle::Face::Hei, ParagraphStyle::Face::Kai}) {
        if (!forced.isEmpty() && families.contains(forced)) {
            m_family[idx(face)] = forced;
            continue;
        }
        const QStringList& list = candidates(face);
        for (int i = 0; i < list.size(); ++i) {
            if (families.contains(list.at(i))) {
                m_family[idx(face)] = list.at(i);
                m_exact[idx(face)] = i < kExactCount[idx(face)];
                break;
            }
        }
        if (m_family[idx(face)].isEmpty())
            m_family[idx(face)] = m_fallback;
    }
    qCInfo(lcDrafting).noquote() << "document fonts:" << report();
}

const DocumentFonts& DocumentFonts::instance()
{
    static const DocumentFonts fonts;
    return fonts;
}

QString DocumentFonts::family(ParagraphStyle::Face face) const
{
    return m_family[idx(face)];
}

bool DocumentFonts::exact(ParagraphStyle::Face face) const
{
    return m_exact[idx(face)];
}

QFont DocumentFonts::font(const ParagraphStyle& style) const
{
    QFont f;
    QStringList fams{family(style.face)};
    if (!m_fallback.isEmpty() && m_fallback != fams.first())
        fams << m_fallback;
    f.setFamilies(fams);
    f.setPointSizeF(style.pointSize);
    f.setBold(style.bold);
    // Kerning and hinting would make the layout depend on the device; documents must lay out
    // the same on screen and in the PDF.
    f.setKerning(false);
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setStyleStrategy(QFont::PreferOutline);
    return f;
}

QString DocumentFonts::report() const
{
    auto one = [&](const char* label, ParagraphStyle::Face face) {
        return QString::fromUtf8(label) + QStringLiteral(": ") + family(face) +
               (exact(face) ? QString() : QStringLiteral(" (substitute)"));
    };
    return QStringList{one("仿宋", ParagraphStyle::Face::Fang),
                       one("宋", ParagraphStyle::Face::Song), one("楷", ParagraphStyle::Face::Kai),
                       QStringLiteral("fallback: ") + m_fallback}
        .join(QStringLiteral("; "));
}

} // namespace cd
