import { Button, Card, Col, Empty, Row, Spin } from 'antd';
import { useCallback, useMemo } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { CursorPager, ErrorAlert, PageContainer } from '../../app/components';
import { useConnectionQuery } from '../../app/connection';
import { errorCode, fieldErrors } from '../../app/errors';
import { BrowseInstitutionsQuery } from '../../graphql/browse';
import { InstitutionCard } from './components/InstitutionCard';
import { RegistryFilters } from './components/RegistryFilters';
import { RegistryTable } from './components/RegistryTable';
import './registry.css';
import { readSearch, searchTextError, toBrowseFilter, writeSearch, type RegistrySearch } from './registry-search';

interface Props {
  /** `/registry` inside the signed-in shell, `/public/registry` for anonymous visitors. */
  basePath?: string;
}

/** The public registry: admitted institutions by nature, category, place and keyword, with facet counts. */
export function RegistryPage({ basePath = '/registry' }: Props) {
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const search = useMemo(() => readSearch(params), [params]);
  const filter = useMemo(() => toBrowseFilter(search), [search]);
  const clientTextError = searchTextError(search.text.trim());
  // Any change of filter or sort starts again at page 1 (the view toggle keeps the page).
  const {
    pagination,
    connection: answer,
    loading,
    error,
    refetch,
  } = useConnectionQuery(BrowseInstitutionsQuery, {
    variables: { filter, sort: search.sort },
    select: (d) => d.browseInstitutions,
    skip: !!clientTextError,
  });
  const serverTextError = fieldErrors(error).find((f) => f.field === 'filter.text')?.message ?? null;
  const refused = !!clientTextError || !!serverTextError || errorCode(error) === 'BAD_USER_INPUT';
  const connection = refused ? undefined : answer;
  const rows = connection?.edges.map((e) => e.node) ?? [];
  const filtered = !!(search.nature || search.categories.length || search.division.length || search.text);

  // Read the URL at the moment of the change: a click right after another may come before the re-render
  // of the previous navigation has committed, and must not undo it.
  const update = useCallback(
    (change: (current: RegistrySearch) => RegistrySearch) =>
      setParams(writeSearch(change(readSearch(new URLSearchParams(window.location.search)))), { replace: true }),
    [setParams],
  );
  const open = (id: string) => navigate(`${basePath}/${id}`, { state: { back: `${basePath}?${params.toString()}` } });
  const clear = () => update((s) => ({ ...s, nature: undefined, categories: [], division: [], text: '' }));

  let body: React.ReactNode;
  if (error && !refused) {
    body = <ErrorAlert error={error} onRetry={() => void refetch()} />;
  } else if (refused || (connection && !rows.length)) {
    body = (
      <Empty
        className="registry-empty"
        description={refused ? '没有找到符合条件的服务机构，请修改搜索词后重试' : '没有找到符合条件的服务机构'}
        data-testid="registry-empty"
      >
        {filtered ? <Button onClick={clear}>清除筛选条件</Button> : null}
      </Empty>
    );
  } else if (!connection) {
    body = (
      <Row gutter={[16, 16]} data-testid="registry-loading">
        {[0, 1, 2, 3].map((k) => (
          <Col key={k} xs={24} lg={12}>
            <Card loading className="registry-card" />
          </Col>
        ))}
      </Row>
    );
  } else if (search.view === 'table') {
    body = <RegistryTable rows={rows} loading={loading} onOpen={open} />;
  } else {
    body = (
      <Spin spinning={loading} description="正在加载…">
        <Row gutter={[16, 16]} data-testid="registry-cards">
          {rows.map((i) => (
            <Col key={i.id} xs={24} lg={12}>
              <InstitutionCard institution={i} onOpen={() => open(i.id)} />
            </Col>
          ))}
        </Row>
      </Spin>
    );
  }

  return (
    <PageContainer title="服务资源库">
      <RegistryFilters search={search} facets={connection?.facets} textError={clientTextError ?? serverTextError} onChange={update} />
      {body}
      {refused || (error && !refused) ? null : (
        <CursorPager
          pagination={pagination}
          totalCount={connection?.totalCount}
          hasNextPage={!!connection?.pageInfo.hasNextPage}
          endCursor={connection?.pageInfo.endCursor}
          loading={loading}
        />
      )}
    </PageContainer>
  );
}
