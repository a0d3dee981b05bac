// Rutineveileder's staff course: the script of its page, written by `rutineveileder
// export web` (kurs.html) and `export scorm` (the package for a learning platform).
// Every text, answer and time is in the page, worked out by the program in the routine's
// language (#course-data holds the right options and the words it fills in); this script
// only shows them.
//
// 1. Each question: the first answer counts. It shows whether it was right, what was
//    answered and the routine's answer, and moves the focus there.
// 2. When every question is answered: the score (the share right, 0–100), passed or not
//    against the pass mark, the parts to read again, and today's date in Norway.
//    «Ta kurset på nytt» clears every answer and starts again from the top;
//    «Skriv ut bekreftelse» prints the result with a blank line for a name.
// 3. In a package (data-scorm), it finds the learning platform's SCORM 1.2 run-time the
//    standard way (the window's parents, then the opener's), and reports only the
//    status («incomplete» at the start of a first attempt, then «passed» or «failed»)
//    and the score. It reads nothing about the learner and sends no answers. Without a
//    platform it is a plain page.
//
// The answers live in this page's memory only: no cookie, no storage, no request.
(function () {
  "use strict";

  var root = document.querySelector(".course");
  var source = document.getElementById("course-data");
  if (!root || !source) return;
  var data;
  try {
    data = JSON.parse(source.textContent);
  } catch (error) {
    return;
  }
  root.classList.add("js");
  var words = data.words;
  var forms = Array.prototype.slice.call(root.querySelectorAll("form.question"));
  var total = forms.length;
  var answers = [];
  var lms = root.hasAttribute("data-scorm") ? platform() : null;

  function byId(id) {
    return document.getElementById(id);
  }

  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (place, name) {
      return Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : place;
    });
  }

  function answered() {
    return answers.filter(function (answer) {
      return answer !== undefined;
    }).length;
  }

  function rightCount() {
    return answers.filter(function (answer) {
      return answer && answer.right;
    }).length;
  }

  function answer(form) {
    var index = Number(form.getAttribute("data-question"));
    if (answers[index] !== undefined) return;
    var hint = form.querySelector(".hint");
    var checked = form.querySelector("input[type=radio]:checked");
    if (!checked) {
      hint.textContent = words.choose_first;
      var first = form.querySelector("input[type=radio]");
      if (first) first.focus();
      return;
    }
    hint.textContent = "";
    var chosen = Number(checked.value);
    var right = data.questions[index].right.indexOf(chosen) >= 0;
    answers[index] = { right: right };
    form.querySelector("fieldset").disabled = true;
    form.querySelector(".answer-row").hidden = true;
    var label = form.querySelector("label[for='" + checked.id + "']");
    var feedback = form.querySelector(".feedback");
    feedback.setAttribute("data-verdict", right ? "right" : "wrong");
    feedback.querySelector(".verdict").textContent =
      (right ? words.right : words.wrong) + " " + fill(words.you_answered, { answer: label ? label.textContent : "" });
    feedback.hidden = false;
    feedback.focus();
    progress();
  }

  function progress() {
    var line = byId("result-progress");
    if (line) line.textContent = fill(words.progress, { answered: answered(), total: total });
    if (answered() === total && total > 0) complete();
  }

  // Today's date on the Norwegian calendar, as the program writes dates: 17.05.2027.
  function today() {
    var parts = {};
    new Intl.DateTimeFormat("en-GB", {
      timeZone: "Europe/Oslo",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
    })
      .formatToParts(new Date())
      .forEach(function (part) {
        parts[part.type] = part.value;
      });
    return parts.day + "." + parts.month + "." + parts.year;
  }

  function show(id, text) {
    var element = byId(id);
    if (!element) return;
    if (text !== undefined) element.textContent = text;
    element.hidden = false;
  }

  function hide(id) {
    var element = byId(id);
    if (element) element.hidden = true;
  }

  function complete() {
    var right = rightCount();
    var score = Math.round((100 * right) / total);
    var passed = score >= data.pass_mark;
    show("result-date", fill(words.date, { date: today() }));
    show("result-score", fill(words.score, { score: score, right: right, total: total }));
    show("result-verdict", fill(passed ? words.passed : words.failed, { pass_mark: data.pass_mark }));
    var again = byId("result-read-again");
    var list = again.querySelector("ul");
    list.textContent = "";
    if (!passed) {
      var parts = [];
      data.questions.forEach(function (question, index) {
        if (!answers[index].right && parts.indexOf(question.part) < 0) parts.push(question.part);
      });
      parts.forEach(function (part) {
        var item = document.createElement("li");
        var link = document.createElement("a");
        link.href = data.parts[part].href;
        link.textContent = data.parts[part].title;
        item.appendChild(link);
        list.appendChild(item);
      });
      again.hidden = parts.length === 0;
    } else {
      again.hidden = true;
    }
    show("result-print");
    if (report(score, passed)) show("result-reported");
    byId("result-status").textContent = words.completed;
  }

  function retake() {
    answers = [];
    forms.forEach(function (form) {
      form.reset();
      form.querySelector("fieldset").disabled = false;
      form.querySelector(".answer-row").hidden = false;
      form.querySelector(".hint").textContent = "";
      var feedback = form.querySelector(".feedback");
      feedback.hidden = true;
      feedback.removeAttribute("data-verdict");
      feedback.querySelector(".verdict").textContent = "";
    });
    ["result-date", "result-score", "result-verdict", "result-read-again", "result-reported", "result-print"].forEach(hide);
    byId("result-status").textContent = "";
    progress();
    var main = byId("main") || root;
    main.focus();
    window.scrollTo(0, 0);
  }

  // The SCORM 1.2 run-time: the API object of the nearest parent window that has one,
  // else of the window that opened this one (or its parents).
  function find(win) {
    for (var tries = 0; win && tries < 10; tries += 1) {
      try {
        if (win.API) return win.API;
      } catch (error) {
        // A window of another origin: look further up.
      }
      if (!win.parent || win.parent === win) break;
      win = win.parent;
    }
    return null;
  }

  function platform() {
    var api = find(window);
    if (!api && window.opener) api = find(window.opener);
    if (!api) return null;
    try {
      if (String(api.LMSInitialize("")) !== "true") return null;
      var status = String(api.LMSGetValue("cmi.core.lesson_status"));
      if (status === "" || status === "not attempted") {
        api.LMSSetValue("cmi.core.lesson_status", "incomplete");
        api.LMSCommit("");
      }
    } catch (error) {
      return null;
    }
    var finished = false;
    var finish = function () {
      if (finished) return;
      finished = true;
      try {
        api.LMSFinish("");
      } catch (error) {
        // The platform has gone: nothing left to tell it.
      }
    };
    window.addEventListener("pagehide", finish);
    window.addEventListener("beforeunload", finish);
    return api;
  }

  function report(score, passed) {
    if (!lms) return false;
    try {
      lms.LMSSetValue("cmi.core.score.min", "0");
      lms.LMSSetValue("cmi.core.score.max", "100");
      lms.LMSSetValue("cmi.core.score.raw", String(score));
      lms.LMSSetValue("cmi.core.lesson_status", passed ? "passed" : "failed");
      return String(lms.LMSCommit("")) === "true";
    } catch (error) {
      return false;
    }
  }

  forms.forEach(function (form) {
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      answer(form);
    });
  });
  byId("result-print").addEventListener("click", function () {
    window.print();
  });
  byId("result-retake").addEventListener("click", retake);
})();
