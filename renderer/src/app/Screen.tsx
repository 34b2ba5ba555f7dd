import type { RegisterStatus } from '../../../shared/contract/register.ts';
import { ActivityList } from '../screens/activities/ActivityList.tsx';
import { RegisterFiles } from '../screens/files/RegisterFiles.tsx';
import { ActivityBadges } from '../screens/compliance/ActivityBadges.tsx';
import { ActivityFindings } from '../screens/compliance/ActivityFindings.tsx';
import { FindingsPanel } from '../screens/compliance/FindingsPanel.tsx';
import { FocusRequestedField } from './FocusRequestedField.tsx';
import {
  ActivityEditor,
  BackupsScreen,
  BreachEditorScreen,
  BreachesScreen,
  CatalogueEntryScreen,
  CataloguesScreen,
  ExcelImportScreen,
  HistoryScreen,
  LibraryScreen,
  NoticeScreen,
  OrganisationEditorScreen,
  OrganisationsScreen,
  Overview,
  OverviewCharts,
  ProcessorEditorScreen,
  ProcessorsScreen,
  ReportScreen,
  RequestEditorScreen,
  RequestsScreen,
  RetentionRuleEditorScreen,
  RetentionRulesScreen,
} from './lazy-screens.ts';
import type { Route } from '../state/routes.ts';

interface ScreenProps {
  route: Route;
  register: RegisterStatus | null;
  onOpened: (status: RegisterStatus) => void;
  onClosed: () => void;
  onRegisterChanged: (status: RegisterStatus) => void;
}

/**
 * The screen a route names. The compliance checks' parts
 * (renderer/src/screens/compliance) are plugged in here: the findings and
 * charts on the overview, the findings with *mark as reviewed* at the top of
 * the activity editor, the badges in the activity list.
 */
export function Screen(props: ScreenProps) {
  return (
    <>
      <ScreenFor {...props} />
      <FocusRequestedField route={props.route} />
    </>
  );
}

function ScreenFor({ route, register, onOpened, onClosed, onRegisterChanged }: ScreenProps) {
  if (!register || route.screen === 'files') {
    return <RegisterFiles register={register} onOpened={onOpened} onClosed={onClosed} onTitleChanged={onRegisterChanged} />;
  }
  switch (route.screen) {
    case 'overview':
      return (
        <Overview
          registerTitle={register.info.title || register.fileName}
          findingsPanel={<FindingsPanel />}
          renderCharts={(activities) => <OverviewCharts activities={activities} />}
        />
      );
    case 'activities':
      return <ActivityList renderBadges={(activity) => <ActivityBadges activity={activity} />} />;
    case 'library':
      return <LibraryScreen />;
    case 'activity':
      return (
        <ActivityEditor
          id={route.id}
          renderFindings={(activityId, revision, actions) => <ActivityFindings activityId={activityId} revision={revision} actions={actions} />}
        />
      );
    case 'processors':
      return <ProcessorsScreen />;
    case 'processor':
      return <ProcessorEditorScreen id={route.id} />;
    case 'retentionRules':
      return <RetentionRulesScreen />;
    case 'retentionRule':
      return <RetentionRuleEditorScreen id={route.id} />;
    case 'organisations':
      return <OrganisationsScreen />;
    case 'organisation':
      return <OrganisationEditorScreen id={route.id} />;
    case 'catalogues':
      return <CataloguesScreen catalogue={route.catalogue} />;
    case 'catalogueEntry':
      return <CatalogueEntryScreen catalogue={route.catalogue} id={route.id} />;
    case 'history':
      return (
        <HistoryScreen
          key={`${route.entityType ?? ''}:${route.entityId ?? ''}:${route.compareFrom ?? ''}`}
          entityType={route.entityType}
          entityId={route.entityId}
          compareFrom={route.compareFrom}
        />
      );
    case 'excelImport':
      return <ExcelImportScreen />;
    case 'backups':
      return <BackupsScreen />;
    case 'report':
      return <ReportScreen />;
    case 'notice':
      return <NoticeScreen />;
    case 'breaches':
      return <BreachesScreen />;
    case 'breach':
      return <BreachEditorScreen key={route.id} id={route.id} />;
    case 'requests':
      return <RequestsScreen />;
    case 'request':
      return <RequestEditorScreen key={route.id} id={route.id} />;
  }
}
