import { useEffect, useRef, type ReactNode } from 'react';
import { BackLink, Col, ErrorSummary, Footer, Header, Row } from 'nhsuk-react-components';
import type { FieldProblem } from './flow.ts';

const SERVICE = 'Contact your GP practice online';

/**
 * One page of the form: NHS header, back link, error summary at the top linking to each field,
 * one heading. The heading takes focus on a new page so screen readers announce where they are.
 */
export function Page({ title, onBack, errors = [], children, service = SERVICE, home }: { title: string; onBack?: () => void; errors?: FieldProblem[]; children: ReactNode; service?: string; home?: string }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${errors.length ? 'Error: ' : ''}${title} – ${service} – NHS`;
  }, [title, errors.length, service]);
  useEffect(() => {
    if (errors.length === 0) heading.current?.focus();
  }, [title]); // a new page, not a changed error count
  return (
    <>
      <a className="nhsuk-skip-link" href="#maincontent">Skip to main content</a>
      <Header service={{ text: service, href: home ?? window.location.pathname.replace(/^(\/request(\/[A-Z0-9]+)?).*$/i, '$1') }} />
      <div className="nhsuk-width-container">
        {onBack && (
          <BackLink href="#" onClick={(e) => { e.preventDefault(); onBack(); }}>Back</BackLink>
        )}
        <main className="nhsuk-main-wrapper" id="maincontent">
          <Row>
            <Col width="two-thirds">
              {errors.length > 0 && (
                <ErrorSummary>
                  <ErrorSummary.Title>There is a problem</ErrorSummary.Title>
                  <ErrorSummary.List>
                    {errors.map((e) => (
                      <ErrorSummary.ListItem key={e.field + e.message} href={`#${e.field}`}>{e.message}</ErrorSummary.ListItem>
                    ))}
                  </ErrorSummary.List>
                </ErrorSummary>
              )}
              <h1 className="nhsuk-heading-l" ref={heading} tabIndex={-1}>{title}</h1>
              {children}
            </Col>
          </Row>
        </main>
      </div>
      <Footer>
        <Footer.Meta>
          <Footer.Copyright>Commons, for your GP practice and primary care network</Footer.Copyright>
        </Footer.Meta>
      </Footer>
    </>
  );
}

/** The message for one field, if it has a problem. */
export function errorFor(errors: FieldProblem[], field: string): string | undefined {
  return errors.find((e) => e.field === field)?.message;
}
