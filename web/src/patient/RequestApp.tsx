import { useCallback, useEffect, useState } from 'react';
import { newKey, requestApi, RequestProblem, type FollowUpQuestion, type Preview, type Submission, type Submitted } from './api.ts';
import {
  afterQuestions, answersForServer, checkDateOfBirth, checkPage, emptyDraft, nextQuestion, optional, type Draft, type FieldProblem, type Place, type Step,
} from './flow.ts';
import { DobPage, IdPage, NamePage, ProxyPage, WhoPage, type PageProps } from './identity-pages.tsx';
import { CheckPage, ConfirmationPage, EmergencyPage, NotSentPage, SelfCarePage, StartPage, UrgentPage } from './outcome-pages.tsx';
import { AdminKindPage, DescriptionPage, QuestionPage, TypePage } from './request-pages.tsx';
import { Page } from './Layout.tsx';

/** /request/A81001 → "A81001": the practice the patient started from. */
function practiceCodeFromPath(): string | null {
  const m = /^\/request\/([A-Za-z0-9]{3,6})\/?$/.exec(window.location.pathname);
  return m ? m[1].toUpperCase() : null;
}

/** The field each server-side problem belongs to, so the error summary can link to it. */
function fieldsFor(problem: RequestProblem, fallback: string): FieldProblem[] {
  const map: Record<string, string> = { '/body/nhsNumber': 'nhsNumber', '/body/postcode': 'postcode', '/body/dateOfBirth': 'dob-day', '/body/familyName': 'familyName', '/body/description': 'description' };
  const fromErrors = problem.errors.map((e) => ({ field: map[e.pointer] ?? fallback, message: problem.detail || e.detail }));
  return fromErrors.length ? fromErrors.slice(0, 1) : [{ field: fallback, message: problem.detail }];
}

/**
 * The whole form as a small state machine: each step is one page; Back (ours or the browser's)
 * returns to the page before; the triage engine decides the follow-up questions and can stop the
 * form at an emergency at any point.
 */
export function RequestApp() {
  const [practiceCode] = useState(practiceCodeFromPath);
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  const [place, setPlace] = useState<Place>({ step: 'start' });
  const [trail, setTrail] = useState<Place[]>([]);
  const [errors, setErrors] = useState<FieldProblem[]>([]);
  const [busy, setBusy] = useState(false);
  const [asked, setAsked] = useState<FollowUpQuestion[]>([]);
  const [emergency, setEmergency] = useState<{ nextStep: { title: string; body: string }; why: string[] } | null>(null);
  const [submitted, setSubmitted] = useState<Submitted | null>(null);
  const [sendKey, setSendKey] = useState(newKey);
  const [fatal, setFatal] = useState<string | null>(null);

  const change = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));

  const go = useCallback((to: Place, remember = true) => {
    if (remember) {
      setTrail((t) => [...t, place]);
      window.history.pushState({ commons: true }, '');
    }
    setErrors([]);
    setPlace(to);
    window.scrollTo(0, 0);
  }, [place]);

  const back = useCallback(() => {
    setTrail((t) => {
      const prev = t[t.length - 1];
      if (prev) {
        setPlace(prev);
        setErrors([]);
      }
      return t.slice(0, -1);
    });
  }, []);

  // The browser's Back button goes to the previous page of the form, not away from it.
  useEffect(() => {
    const onPop = () => back();
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [back]);

  const fail = (e: unknown, field: string) => {
    if (e instanceof RequestProblem) {
      if (e.code === 'consultations/emergency') {
        const { nextStep, why } = e.body as { nextStep?: { title: string; body: string }; why?: string[] };
        setEmergency({ nextStep: nextStep ?? { title: 'Call 999 now', body: e.detail }, why: why ?? [] });
        go({ step: 'emergency' });
        return;
      }
      if (e.status === 401) {
        setFatal('For your security, we need to check who you are again. Please start again.');
        return;
      }
      setErrors(fieldsFor(e, field));
      return;
    }
    setErrors([{ field, message: 'Something went wrong. Please try again, or call your GP practice.' }]);
  };

  /** Re-assesses with every answer so far; an emergency stops the form at once. */
  const assess = async (d: Draft, field: string): Promise<Preview | null> => {
    try {
      const preview = await requestApi.preview({ token: d.token!, type: d.type ?? 'medical', description: d.description, answers: answersForServer(d, asked) });
      if (!preview.accepted) {
        setEmergency({ nextStep: preview.nextStep, why: preview.why });
        go({ step: 'emergency' });
        return null;
      }
      return preview;
    } catch (e) {
      fail(e, field);
      return null;
    }
  };

  const toNextQuestion = (d: Draft) => {
    const q = nextQuestion(d);
    if (q) {
      setAsked((a) => (a.some((x) => x.id === q.id) ? a : [...a, q]));
      go({ step: 'question', questionId: q.id });
    } else {
      setSendKey(newKey());
      go({ step: afterQuestions(d) });
    }
  };

  const currentQuestion = place.step === 'question' ? asked.find((q) => q.id === place.questionId) : undefined;

  const next = async () => {
    const problems = checkPage(place.step, draft, currentQuestion);
    if (problems.length) {
      setErrors(problems);
      return;
    }
    setBusy(true);
    try {
      switch (place.step) {
        case 'who': return go({ step: draft.who === 'proxy' ? 'proxy' : 'name' });
        case 'proxy': return go({ step: 'name' });
        case 'name': return go({ step: 'dob' });
        case 'dob': return go({ step: 'id' });
        case 'id': {
          try {
            const found = await requestApi.identify({
              givenName: draft.givenName.trim(), familyName: draft.familyName.trim(), dateOfBirth: checkDateOfBirth(draft.dob).iso!,
              ...(draft.idKind === 'nhs' ? { nhsNumber: draft.nhsNumber.replace(/\s/g, '') } : { postcode: draft.postcode.trim().toUpperCase() }),
              ...(practiceCode ? { practiceOdsCode: practiceCode } : {}),
            });
            change({ token: found.token, practiceName: found.practiceName });
            return go({ step: 'type' });
          } catch (e) {
            return fail(e, draft.idKind === 'nhs' ? 'nhsNumber' : 'postcode');
          }
        }
        case 'type': return go({ step: draft.type === 'admin' ? 'admin-kind' : 'description' });
        case 'admin-kind': return go({ step: 'description' });
        case 'description':
        case 'question': {
          let d = draft;
          if (currentQuestion && d.answers[currentQuestion.id] === undefined && optional(currentQuestion)) {
            d = { ...d, skipped: [...d.skipped, currentQuestion.id] };
          }
          const preview = await assess(d, place.step === 'description' ? 'description' : currentQuestion!.id);
          if (!preview) return;
          d = { ...d, preview };
          setDraft(d);
          return toNextQuestion(d);
        }
        default: return;
      }
    } finally {
      setBusy(false);
    }
  };

  const send = async () => {
    setBusy(true);
    try {
      const result = await requestApi.submit({
        token: draft.token!, submittedBy: draft.who === 'proxy' ? 'proxy' : 'patient',
        ...(draft.who === 'proxy' ? { proxyName: draft.proxyName.trim(), proxyRelationship: draft.proxyRelationship.trim() } : {}),
        type: draft.type!, ...(draft.type === 'admin' ? { adminKind: draft.adminKind as Submission['adminKind'] } : {}), description: draft.description, answers: answersForServer(draft, asked),
      }, sendKey);
      setSubmitted(result);
      setTrail([]);
      go({ step: 'confirmation' }, false);
    } catch (e) {
      fail(e, 'send');
    } finally {
      setBusy(false);
    }
  };

  if (fatal) {
    return (
      <Page title="Please start again">
        <p>{fatal}</p>
        <p><a href={window.location.pathname}>Start again</a></p>
      </Page>
    );
  }

  const props: PageProps = { draft, errors, busy, change, next, back };
  const step: Step = place.step;
  switch (step) {
    case 'start': return <StartPage practiceCode={practiceCode} start={() => go({ step: 'who' })} />;
    case 'who': return <WhoPage {...props} />;
    case 'proxy': return <ProxyPage {...props} />;
    case 'name': return <NamePage {...props} />;
    case 'dob': return <DobPage {...props} />;
    case 'id': return <IdPage {...props} />;
    case 'type': return <TypePage {...props} />;
    case 'admin-kind': return <AdminKindPage {...props} />;
    case 'description': return <DescriptionPage {...props} />;
    case 'question': return currentQuestion ? <QuestionPage {...props} question={currentQuestion} /> : <DescriptionPage {...props} />;
    case 'emergency': return <EmergencyPage nextStep={emergency!.nextStep} why={emergency!.why} onBack={back} />;
    case 'urgent': return <UrgentPage expected={draft.preview?.expectedResponse ?? 'today'} call111={draft.preview?.call111 ?? null} next={() => go({ step: 'check' })} back={back} />;
    case 'self-care': return <SelfCarePage advice={draft.preview?.advice ?? []} expected={draft.preview?.expectedResponse ?? 'within 2 working days'} send={() => go({ step: 'check' })} notNeeded={() => go({ step: 'not-sent' })} back={back} />;
    case 'check': return <CheckPage draft={draft} asked={asked.filter((q) => draft.answers[q.id] !== undefined)} goTo={(s, questionId) => go({ step: s, questionId })} send={send} busy={busy} back={back} errors={errors} />;
    case 'confirmation': return <ConfirmationPage submitted={submitted!} practiceName={draft.practiceName} />;
    case 'not-sent': return <NotSentPage />;
  }
}
