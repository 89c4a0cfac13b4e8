/* "Herinner mij" ([data-vk-reminder]): downloads a calendar event (.ics, RFC 5545) for a day
   6 or 12 weeks ahead ([data-vk-reminder-weeks]) that links back to this page. No server:
   the visitor's own calendar does the reminding. */

// A local date as an iCalendar DATE: YYYYMMDD (Sweden writes dates as YYYY-MM-DD).
const icsDay = (date) => date.toLocaleDateString("sv").replace(/-/g, "");

// An iCalendar content line, folded at 75 characters as the standard asks.
const icsLine = (line) => line.match(/.{1,74}/g).join("\r\n ");

const downloadReminder = () => {
  const weeks = Number(document.querySelector("[data-vk-reminder-weeks]").value);
  const day = new Date();
  day.setDate(day.getDate() + 7 * weeks);
  const nextDay = new Date(day);
  nextDay.setDate(day.getDate() + 1);
  const stamp = new Date().toISOString().replace(/[-:]|\.\d+/g, "");
  const link = location.href.split(/[?#]/)[0];
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Vertrouwenskompas//NL",
    "BEGIN:VEVENT",
    `UID:${stamp}-${weeks}@vertrouwenskompas`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${icsDay(day)}`,
    `DTEND;VALUE=DATE:${icsDay(nextDay)}`,
    "SUMMARY:Vertrouwenskompas: kijk opnieuw naar je kompas",
    `DESCRIPTION:Leg een nieuw moment vast en vergelijk het met toen: ${link}`,
    `URL:${link}`,
    "END:VEVENT",
    "END:VCALENDAR",
  ];
  downloadFile(lines.map(icsLine).join("\r\n") + "\r\n", "text/calendar", `vertrouwenskompas-herinnering-${icsDay(day)}.ics`);
  showMessage(`Zet de herinnering in je agenda: over ${weeks} weken, op ${day.toLocaleDateString("nl-NL", { dateStyle: "long" })}.`);
};
