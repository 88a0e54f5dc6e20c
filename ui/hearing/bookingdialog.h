#pragma once

#include "hearing/hearingtypes.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QTimeEdit;

namespace cd {
class Database;
}

namespace cd::ui {

// Books (or moves) one sitting of a case. Conflicts are checked as the user types and listed
// with their reasons; a room or judge conflict blocks saving, a counsel conflict needs a tick.
class BookingDialog : public QDialog
{
    Q_OBJECT
public:
    // booking.id == 0: a new booking for booking.caseId; otherwise that booking is moved.
    BookingDialog(Database& db, const QString& actor, const Booking& booking,
                  QWidget* parent = nullptr);

    Booking booking() const;
    QListWidget* conflictList() const { return m_conflicts; }
    bool canSave() const;
    // Saves (what OK does); false with the message shown in the dialog.
    bool save();

private:
    void recheck();

    Database& m_db;
    QString m_actor;
    Booking m_booking;
    QComboBox* m_room;
    QComboBox* m_purpose;
    QDateEdit* m_date;
    QTimeEdit* m_start;
    QSpinBox* m_minutes;
    QLineEdit* m_judge;
    QLineEdit* m_clerk;
    QLineEdit* m_note;
    QListWidget* m_conflicts;
    QCheckBox* m_acceptCounsel;
    QLabel* m_message;
    QDialogButtonBox* m_buttons;
    bool m_blocking = false;
    bool m_counsel = false;
};

} // namespace cd::ui
