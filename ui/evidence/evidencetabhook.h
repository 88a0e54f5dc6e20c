#pragma once

namespace cd {
class Profile;
}

namespace cd::ui {

class CaseView;
class EvidenceReviewWidget;

// The one place the evidence review joins the main window: puts an EvidenceReviewWidget under
// the case view's evidence list (same tab, a splitter between them) and keeps it on the case
// the view shows. Call once after the CaseView is built; returns the widget.
EvidenceReviewWidget* installEvidenceReview(CaseView* view, Profile& profile);

} // namespace cd::ui
