import { useState, type ReactNode } from 'react';
import { SupportContext, type SupportSubject } from './support-context';
import { SupportDialog } from './SupportDialog';

/** Lets every page, panel and diagnostic open one Contact support dialog. */
export function SupportProvider({ children }: { children: ReactNode }) {
  const [subject, setSubject] = useState<SupportSubject | null>(null);
  return (
    <SupportContext.Provider value={(next) => setSubject(next ?? {})}>
      {children}
      <SupportDialog subject={subject} onClose={() => setSubject(null)} />
    </SupportContext.Provider>
  );
}
