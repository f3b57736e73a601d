<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message numerus="yes">
        <location filename="../../editor/app/export_warning.py" line="61"/>
        <source>The check still finds %n problem(s) in this article.</source>
        <translation>
            <numerusform>The check still finds %n problem in this article.</numerusform>
            <numerusform>The check still finds %n problems in this article.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/app/find.py" line="391"/>
        <source>%n replaced</source>
        <translation>
            <numerusform>%n replaced</numerusform>
            <numerusform>%n replaced</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/app/main_window.py" line="303"/>
        <source>%n min read</source>
        <translation>
            <numerusform>%n min read</numerusform>
            <numerusform>%n min read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/app/main_window.py" line="517"/>
        <source>%1 word(s)</source>
        <translation>
            <numerusform>%1 word</numerusform>
            <numerusform>%1 words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/app/main_window.py" line="518"/>
        <source>%1 signe(s)</source>
        <translation>
            <numerusform>%1 signe</numerusform>
            <numerusform>%1 signes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/app/main_window.py" line="520"/>
        <source>%1 feuillet(s)</source>
        <translation>
            <numerusform>%1 feuillets</numerusform>
            <numerusform>%1 feuillets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/app/error_text.py" line="259"/>
        <source>the file holds %n item(s); there is no item %1</source>
        <translation>
            <numerusform>the file holds %n item; there is no item %1</numerusform>
            <numerusform>the file holds %n items; there is no item %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/app/gauge.py" line="41"/>
        <source>Under by %1 signes (%n line(s))</source>
        <translation>
            <numerusform>Under by %1 signes (%n line)</numerusform>
            <numerusform>Under by %1 signes (%n lines)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/app/gauge.py" line="42"/>
        <source>On target (%1 signes, %n line(s))</source>
        <translation>
            <numerusform>On target (%1 signes, %n line)</numerusform>
            <numerusform>On target (%1 signes, %n lines)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/app/gauge.py" line="43"/>
        <source>Over by %1 signes (%n line(s))</source>
        <translation>
            <numerusform>Over by %1 signes (%n line)</numerusform>
            <numerusform>Over by %1 signes (%n lines)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/app/problem_text.py" line="147"/>
        <source>{what} is {signes} signes, {over} over its limit of {limit} (%n line(s) of {per_line})</source>
        <translation>
            <numerusform>{what} is {signes} signes, {over} over its limit of {limit} (%n line of {per_line})</numerusform>
            <numerusform>{what} is {signes} signes, {over} over its limit of {limit} (%n lines of {per_line})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/app/problem_text.py" line="153"/>
        <source>The body is {signes} signes, {amount} under the {label} target of {target} ± {tolerance} (%n line(s))</source>
        <translation>
            <numerusform>The body is {signes} signes, {amount} under the {label} target of {target} ± {tolerance} (%n line)</numerusform>
            <numerusform>The body is {signes} signes, {amount} under the {label} target of {target} ± {tolerance} (%n lines)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/app/problem_text.py" line="159"/>
        <source>The article is {signes} signes, {amount} under the {label} target of {target} ± {tolerance} (%n line(s))</source>
        <translation>
            <numerusform>The article is {signes} signes, {amount} under the {label} target of {target} ± {tolerance} (%n line)</numerusform>
            <numerusform>The article is {signes} signes, {amount} under the {label} target of {target} ± {tolerance} (%n lines)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/app/problem_text.py" line="165"/>
        <source>The body is {signes} signes, {amount} over the {label} target of {target} ± {tolerance} (%n line(s))</source>
        <translation>
            <numerusform>The body is {signes} signes, {amount} over the {label} target of {target} ± {tolerance} (%n line)</numerusform>
            <numerusform>The body is {signes} signes, {amount} over the {label} target of {target} ± {tolerance} (%n lines)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/app/problem_text.py" line="171"/>
        <source>The article is {signes} signes, {amount} over the {label} target of {target} ± {tolerance} (%n line(s))</source>
        <translation>
            <numerusform>The article is {signes} signes, {amount} over the {label} target of {target} ± {tolerance} (%n line)</numerusform>
            <numerusform>The article is {signes} signes, {amount} over the {label} target of {target} ± {tolerance} (%n lines)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/app/problem_text.py" line="177"/>
        <source>%n suggestion(s) not yet accepted or rejected: the wire and the e-book need the final text</source>
        <translation>
            <numerusform>%n suggestion not yet accepted or rejected: the wire and the e-book need the final text</numerusform>
            <numerusform>%n suggestions not yet accepted or rejected: the wire and the e-book need the final text</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/app/problem_text.py" line="183"/>
        <source>%n open comment(s): resolve or delete them before the piece leaves</source>
        <translation>
            <numerusform>%n open comment: resolve or delete it before the piece leaves</numerusform>
            <numerusform>%n open comments: resolve or delete them before the piece leaves</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/app/note_text.py" line="203"/>
        <source>%n short line(s) without final punctuation or all in bold were taken as subheads (a guess).</source>
        <translation>
            <numerusform>%n short line without final punctuation or all in bold was taken as a subhead (a guess).</numerusform>
            <numerusform>%n short lines without final punctuation or all in bold were taken as subheads (a guess).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/app/note_text.py" line="209"/>
        <source>%n short line(s) without final punctuation were taken as subheads (a guess).</source>
        <translation>
            <numerusform>%n short line without final punctuation was taken as a subhead (a guess).</numerusform>
            <numerusform>%n short lines without final punctuation were taken as subheads (a guess).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/app/note_text.py" line="214"/>
        <source>%n paragraph(s) in the style “{style}” were imported as body text.</source>
        <translation>
            <numerusform>%n paragraph in the style “{style}” was imported as body text.</numerusform>
            <numerusform>%n paragraphs in the style “{style}” were imported as body text.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/app/note_text.py" line="228"/>
        <source>Review: %n tracked change(s) mark no text and were left out.</source>
        <translation>
            <numerusform>Review: %n tracked change marks no text and was left out.</numerusform>
            <numerusform>Review: %n tracked changes mark no text and were left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/app/note_text.py" line="231"/>
        <source>Review: %n comment mark(s) name no comment of the document and were left out.</source>
        <translation>
            <numerusform>Review: %n comment mark names no comment of the document and was left out.</numerusform>
            <numerusform>Review: %n comment marks name no comment of the document and were left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/app/note_text.py" line="236"/>
        <source>Review: %n comment(s) have no text to hang on and were kept on no text.</source>
        <translation>
            <numerusform>Review: %n comment has no text to hang on and was kept on no text.</numerusform>
            <numerusform>Review: %n comments have no text to hang on and were kept on no text.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/app/note_text.py" line="239"/>
        <source>Review: %n comment range(s) are never closed and run to the end of the document.</source>
        <translation>
            <numerusform>Review: %n comment range is never closed and runs to the end of the document.</numerusform>
            <numerusform>Review: %n comment ranges are never closed and run to the end of the document.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/app/note_text.py" line="244"/>
        <source>Review: %n commented stretch(es) of text are suggested for deletion; the comments stay on them.</source>
        <translation>
            <numerusform>Review: %n commented stretch of text is suggested for deletion; the comment stays on it.</numerusform>
            <numerusform>Review: %n commented stretches of text are suggested for deletion; the comments stay on them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/app/note_text.py" line="250"/>
        <source>Review: %n paragraph join(s) (deleted paragraph marks) were not kept: the paragraphs stay apart.</source>
        <translation>
            <numerusform>Review: %n paragraph join (a deleted paragraph mark) was not kept: the paragraphs stay apart.</numerusform>
            <numerusform>Review: %n paragraph joins (deleted paragraph marks) were not kept: the paragraphs stay apart.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/app/note_text.py" line="256"/>
        <source>Review: %n part(s) of the comments could not be read (damaged XML) and were left out.</source>
        <translation>
            <numerusform>Review: %n part of the comments could not be read (damaged XML) and was left out.</numerusform>
            <numerusform>Review: %n parts of the comments could not be read (damaged XML) and were left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/app/outline.py" line="275"/>
        <source>%n line(s) up to the next landmark</source>
        <translation>
            <numerusform>%n line up to the next landmark</numerusform>
            <numerusform>%n lines up to the next landmark</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/app/export_dialog.py" line="306"/>
        <source>%n suggestion(s) not yet accepted or rejected: EPUB, NewsML, ninjs and ICML need the final text. Decide them first, or export the DOCX alone, which keeps them as tracked changes.</source>
        <translation>
            <numerusform>%n suggestion not yet accepted or rejected: EPUB, NewsML, ninjs and ICML need the final text. Decide it first, or export the DOCX alone, which keeps it as a tracked change.</numerusform>
            <numerusform>%n suggestions not yet accepted or rejected: EPUB, NewsML, ninjs and ICML need the final text. Decide them first, or export the DOCX alone, which keeps them as tracked changes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/app/share_commands.py" line="152"/>
        <source>%n other(s) in the article</source>
        <translation>
            <numerusform>%n other in the article</numerusform>
            <numerusform>%n others in the article</numerusform>
        </translation>
    </message>
</context>
</TS>
