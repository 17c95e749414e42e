import { makeUscc } from '@hebei/domain';
import { solveCaptcha } from './support';
import { btn, expect, test, loginAs, logout, openQueue, pdf, pickSelect, queueCount, review, reviewRow, shot } from './joining-support';

const NAME = '平泉市端到端数智服务有限公司';
const USCC = makeUscc('91130881MA0E2EJ01');
const USERNAME = 'e2ejoin01';
const PASSWORD = 'Join@2026x';

const NARRATIVE = [
  '2024年以来，本单位承办“百场万家”数字化转型公益服务活动12场，组织“一起益企”中小企业服务行动专场8场，',
  '联合河北工业大学、承德石油高等专科学校开展产学研对接会4次，促成技术合作项目11项；',
  '面向平泉市食用菌、汽车零部件等特色产业集群开展“点对点”诊断服务，累计为156家中小企业提供数字化诊断、',
  '上云用云、政策咨询和融资对接服务，其中为23家企业制定了数字化改造方案，帮助企业平均降低运营成本约8%。',
  '2025年组织项目对接活动6场，达成合作意向27项，企业满意度调查满意率96%以上。本单位建立了服务回访和',
  '满意度评价制度，每季度向主管部门报送服务情况。下一步将继续围绕县域特色产业，开展公益性培训和诊断服务，',
  '持续提升服务质量与效果，积极承担工信部门委托的各项服务活动，助力中小企业专精特新发展。',
  '同时计划在2026年新建服务网点两处，扩大专家库规模，完善线上服务平台功能，进一步提高服务响应速度和覆盖面。',
].join('');

test.describe('入库申报全流程（第六条至第八条）', () => {
  test('新注册的平泉市机构填报、提交，经县、市、省三级审核后进入公示', async ({ page, expectedConsoleErrors }) => {
    test.setTimeout(300_000);
    expect(NARRATIVE.length).toBeGreaterThan(380);

    await test.step('在登录页进入服务机构注册，注册后直接登录', async () => {
      await page.goto('/login');
      await page.getByRole('link', { name: '服务机构注册' }).click();
      await expect(page).toHaveURL(/\/register$/);
      await page.getByLabel('单位名称').fill(NAME);
      await page.getByLabel('统一社会信用代码').fill(USCC.slice(0, 17) + (USCC[17] === '0' ? '1' : '0'));
      await page.getByLabel('联系人').click();
      await expect(page.getByText('统一社会信用代码校验位不正确，请核对是否输入有误')).toBeVisible();
      await page.getByLabel('统一社会信用代码').fill(USCC);
      await page.getByLabel('所在县（市、区）').click();
      await page.locator('.ant-cascader-dropdown:visible .ant-cascader-menu-item[title="承德市"]').click();
      await page.locator('.ant-cascader-dropdown:visible .ant-cascader-menu-item[title="平泉市"]').click();
      await page.getByLabel('联系人').fill('赵晓东');
      await page.getByLabel('联系电话').fill('13931412345');
      await page.getByLabel('登录用户名').fill(USERNAME);
      await page.getByLabel('密码', { exact: true }).fill('e2ejoin01A!');
      await expect(page.getByTestId('password-hint')).toContainText('不包含用户名');
      await page.getByLabel('确认密码').fill('mismatch');
      await page.getByRole('button', { name: '注册并开始申报' }).click();
      await expect(page.getByText('密码不能包含用户名')).toBeVisible();
      await expect(page.getByText('两次输入的密码不一致')).toBeVisible();
      await page.getByLabel('密码', { exact: true }).fill(PASSWORD);
      await page.getByLabel('确认密码').fill(PASSWORD);
      await expect(page.getByTestId('password-hint')).toContainText('密码强度：');
      await expect(page.getByText('两次输入的密码不一致')).toHaveCount(0);
      await expect(page.getByText('密码不能包含用户名')).toHaveCount(0);
      await solveCaptcha(page, { consent: true });
      await shot(page, '01-register');
      await page.getByRole('button', { name: '注册并开始申报' }).click();
      await expect(page).toHaveURL(/\/applications$/);
      await expect(page.getByRole('heading', { name: '入库申报' })).toBeVisible();
      await expect(page.getByTestId('current-user-name')).toHaveText(NAME);
    });

    await test.step('在开放的批次中新建申请', async () => {
      await page.getByRole('button', { name: '新建申请' }).click();
      const dialog = page.getByRole('dialog', { name: '新建入库申请' });
      await pickSelect(page, dialog.getByLabel('申报批次'), /第二批/);
      await dialog.getByRole('button', { name: '创建并填写' }).click();
      await expect(page).toHaveURL(/\/applications\/\d+\/edit$/);
      await expect(page.getByRole('heading', { name: /填写入库申请/ })).toBeVisible();
      // A fresh draft: nothing decided yet but what the registration already tells.
      await expect(page.getByTestId('criterion-E1')).toHaveAttribute('data-status', 'PASS');
      await expect(page.getByTestId('criterion-E5')).toHaveAttribute('data-status', 'MISSING');
    });

    const form = page.getByTestId('application-form');
    const tab = (label: string) => page.getByRole('tab', { name: label }).click();

    await test.step('填写基本信息、服务方向与活动、经营情况、专家与场地', async () => {
      await expect(form.getByLabel('单位名称', { exact: true })).toHaveValue(NAME);
      await pickSelect(page, form.getByLabel('机构性质', { exact: true }), '企业');
      await form.getByLabel('地址', { exact: true }).fill('河北省承德市平泉市平泉镇迎宾路88号');
      await form.getByLabel('邮政编码', { exact: true }).fill('067500');
      await form.getByLabel('法定代表人', { exact: true }).fill('王建国');
      await form.getByLabel('成立日期', { exact: true }).fill('2015-03-20');
      await form.getByLabel('成立日期', { exact: true }).press('Enter');
      await form.getByLabel('注册资本（万元）', { exact: true }).fill('500');
      await pickSelect(page, form.getByLabel('服务性质', { exact: true }), '公益性');
      await form.getByLabel('电子信箱', { exact: true }).fill('service@pqszfw.cn');
      await shot(page, '02-editor-basic');

      await tab('服务方向与活动');
      await pickSelect(page, form.getByLabel('主要服务方向（最多选择两项）', { exact: true }), '数字赋能');
      await pickSelect(page, form.getByLabel('主要服务方向（最多选择两项）', { exact: true }), '技术创新');
      await page.keyboard.press('Escape');
      await form.getByLabel(/服务活动开展情况/).fill(NARRATIVE);
      await expect(page.getByTestId('narrative-count')).toHaveText(`${NARRATIVE.length} / 600 字（建议约400字）`);
      await shot(page, '03-editor-directions');

      await tab('经营情况');
      const grid = page.getByTestId('operations-grid').locator('input');
      const ops = ['260', '320', '35.5', '48', '128', '156', '14', '18'];
      for (const [i, v] of ops.entries()) await grid.nth(i).fill(v);
      await form.getByLabel('近一年累计服务中小企业数', { exact: true }).fill('156');
      await form.getByLabel('其中点对点服务企业数', { exact: true }).fill('23');
      await shot(page, '04-editor-operations');

      await tab('专家与场地');
      await form.getByLabel('从业人数', { exact: true }).fill('48');
      await form.getByLabel('大专以上和中级职称以上人数', { exact: true }).fill('36');
      await form.getByLabel('合作机构数量（签有合作协议）', { exact: true }).fill('7');
      await form.getByLabel('合作专家数量（上年度相关专家）', { exact: true }).fill('26');
      await form.getByLabel('其中副高级以上或同等水平专家', { exact: true }).fill('12');
      await form.getByLabel('服务资产（万元）', { exact: true }).fill('380');
      await form.getByLabel('总资产（万元）', { exact: true }).fill('620');
      await form.getByLabel('服务场地（平方米）', { exact: true }).fill('150');
    });

    await test.step('服务产品、服务人员、服务企业三张表', async () => {
      await tab('服务产品');
      for (const [i, [name, content, use]] of [
        ['中小企业数字化诊断', '对企业生产、管理、营销环节进行数字化水平评估并出具改造方案', '2025年服务企业62家'],
        ['工业设备上云服务', '提供设备联网、数据采集与云平台部署服务', '已在汽车零部件企业落地15个项目'],
      ].entries()) {
        await page.getByRole('button', { name: '添加服务产品' }).click();
        await form.getByLabel(`第${i + 1}行服务产品名称`).fill(name);
        await form.getByLabel(`第${i + 1}行服务内容`).fill(content);
        await form.getByLabel(`第${i + 1}行产品应用情况`).fill(use);
      }
      await tab('服务人员');
      for (const [i, [name, post, title, edu]] of [
        ['李春梅', '技术总监', '高级工程师', '硕士研究生'],
        ['张志强', '咨询顾问', '经济师', '本科'],
      ].entries()) {
        await page.getByRole('button', { name: '添加服务人员' }).click();
        await form.getByLabel(`第${i + 1}行姓名`).fill(name);
        await form.getByLabel(`第${i + 1}行职务`).fill(post);
        await form.getByLabel(`第${i + 1}行职称`).fill(title);
        await form.getByLabel(`第${i + 1}行学历`).fill(edu);
      }
      await shot(page, '05-editor-staff');
      await tab('服务企业');
      for (const [i, name] of ['承德市恒信精密机械有限公司', '平泉市绿源食用菌科技有限公司'].entries()) {
        await page.getByRole('button', { name: '添加服务企业' }).click();
        await form.getByLabel(`第${i + 1}行企业名称`).fill(name);
      }
    });

    await test.step('声明与提交：信用承诺与真实性声明，保存草稿后入库条件重新判定', async () => {
      await tab('声明与提交');
      await form.getByText(/本单位近两年未被列入失信被执行人/).click();
      await form.getByText('法定代表人已阅读并签署上述声明').click();
      await form.getByLabel('签署人（法定代表人）', { exact: true }).fill('王建国');
      await page.getByRole('button', { name: '保存草稿' }).click();
      await expect(page.getByText('草稿已保存，入库条件已重新判定')).toBeVisible();
      for (const id of ['E1', 'E2', 'E3', 'E4', 'E5', 'E6', 'E7', 'E8']) {
        await expect(page.getByTestId(`criterion-${id}`)).toHaveAttribute('data-status', 'PASS');
      }
      // Materials are still missing: E9 wants the credit screenshot (10), E10 all of 1–11.
      await expect(page.getByTestId('criterion-E9')).toHaveAttribute('data-status', 'MISSING');
      await expect(page.getByTestId('criterion-E10')).toHaveAttribute('data-status', 'MISSING');
      await shot(page, '06-editor-declaration');
    });

    await test.step('提交前材料不全：逐项说明不符合的入库条件', async () => {
      await page.getByRole('button', { name: '提交申请' }).click();
      const dialog = page.getByTestId('submit-modal');
      await expect(dialog.getByText('本单位知悉并保证')).toBeVisible();
      await dialog.getByRole('button', { name: '确认提交' }).click();
      const problems = page.getByTestId('submit-problems');
      await expect(problems).toContainText('不符合入库条件，暂不能提交');
      await expect(problems).toContainText('E9');
      await expect(problems).toContainText('E10');
    });

    await test.step('上传材料1–11：非PDF/JPG/PNG在浏览器端拒绝，伪装的PDF由服务端拒绝', async () => {
      await tab('申请材料');
      const row = (slot: number) => page.getByTestId(`attachment-row-${slot}`);
      await row(12)
        .locator('input[type=file]')
        .setInputFiles({ name: '说明.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') });
      await expect(page.getByTestId('upload-error')).toContainText('不是PDF、JPG或PNG文件');
      expectedConsoleErrors.push(/Failed to load resource: the server responded with a status of 400/);
      await row(12)
        .locator('input[type=file]')
        .setInputFiles({ name: '伪装.pdf', mimeType: 'application/pdf', buffer: Buffer.from('not really a pdf') });
      await expect(page.getByTestId('upload-error')).toContainText('只能上传PDF、JPG或PNG文件（按文件内容识别）');
      for (let slot = 1; slot <= 11; slot++) {
        await row(slot)
          .locator('input[type=file]')
          .setInputFiles(pdf(`材料${slot}`));
        await expect(page.getByTestId(`attachment-file-${slot}`)).toContainText(`材料${slot}.pdf`);
      }
      for (let i = 1; i <= 10; i++) await expect(page.getByTestId(`criterion-E${i}`)).toHaveAttribute('data-status', 'PASS');
      await expect(page.getByTestId('eligibility-summary')).toHaveText('全部符合入库条件，可以提交');
      await shot(page, '07-editor-attachments');
    });

    let applicationPath = '';
    await test.step('确认真实性声明并提交，申请变为待初审且不能再修改', async () => {
      await page.getByRole('button', { name: '提交申请' }).click();
      const dialog = page.getByTestId('submit-modal');
      await expect(dialog).toContainText('法定代表人（签字）：王建国');
      await shot(page, '08-submit-confirm', { viewport: true });
      await dialog.getByRole('button', { name: '确认提交' }).click();
      await expect(page).toHaveURL(/\/applications\/\d+$/);
      applicationPath = new URL(page.url()).pathname;
      await expect(page.getByTestId('application-name')).toHaveText(NAME);
      await expect(page.getByTestId('application-status')).toHaveText('待初审');
      await expect(page.getByTestId('application-timeline')).toContainText('提交申请');
      await expect(page.getByRole('button', { name: '继续填写' })).toHaveCount(0);
      await shot(page, '09-submitted');
      await page.goto(`${applicationPath}/edit`);
      await expect(page.getByText('申请待初审，不能修改')).toBeVisible();
    });

    await test.step('平泉市在“待初审”中初审通过，页签数量随之更新', async () => {
      await loginAs(page, 'pingquan');
      await openQueue(page, '待初审');
      const before = await queueCount(page, 'PENDING_COUNTY');
      await expect(reviewRow(page, NAME)).toContainText('待初审');
      await shot(page, '10-county-queue');
      await reviewRow(page, NAME)
        .getByRole('button', { name: btn('审核') })
        .click();
      await expect(page).toHaveURL(new RegExp(`${applicationPath}$`));
      await review(page, '通过', '材料真实完整，同意上报', '确认通过');
      await expect(page.getByTestId('application-status')).toHaveText('待推荐');
      await expect(page.getByTestId('review-actions')).toHaveCount(0);
      await openQueue(page, '待初审');
      await expect(reviewRow(page, NAME)).toHaveCount(0);
      expect(await queueCount(page, 'PENDING_COUNTY')).toBe(before - 1);
    });

    await test.step('承德市在“待推荐”中填写推荐意见并推荐', async () => {
      await loginAs(page, 'chengde');
      await openQueue(page, '待推荐');
      await reviewRow(page, NAME)
        .getByRole('button', { name: btn('审核') })
        .click();
      await page
        .getByTestId('review-actions')
        .getByRole('button', { name: btn('推荐') })
        .click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('button', { name: '确认推荐' }).click();
      await expect(dialog.getByText('请填写市级推荐部门意见')).toBeVisible();
      await dialog.locator('textarea').fill('该机构数字化服务能力突出，服务县域企业成效明显，同意推荐入库。');
      await expect(dialog.getByText('请填写市级推荐部门意见')).toHaveCount(0);
      await shot(page, '11-city-recommend', { viewport: true });
      await dialog.getByRole('button', { name: '确认推荐' }).click();
      await expect(dialog).toBeHidden();
      await expect(page.getByTestId('application-status')).toHaveText('待审核');
      await expect(page.getByTestId('city-opinion')).toHaveText('该机构数字化服务能力突出，服务县域企业成效明显，同意推荐入库。');
    });

    await test.step('省厅在“待审核”中审核通过', async () => {
      await loginAs(page, 'province');
      await openQueue(page, '待审核');
      await reviewRow(page, NAME)
        .getByRole('button', { name: btn('审核') })
        .click();
      await expect(page.getByTestId('review-actions').getByRole('button', { name: '实地抽查' })).toBeVisible();
      await review(page, '通过', '符合入库条件，同意', '确认通过');
      await expect(page.getByTestId('application-status')).toHaveText('待公示');
      const timeline = page.getByTestId('application-timeline');
      await expect(timeline.getByTestId('timeline-item')).toHaveCount(5);
      await expect(timeline).toContainText('初审通过');
      await expect(timeline).toContainText('同意推荐');
      await expect(timeline).toContainText('承德市工业和信息化局（chengde）');
      await shot(page, '12-province-approved');
    });

    await test.step('省厅在公示管理中发布该批次公示', async () => {
      await page.getByTestId('side-menu').getByRole('menuitem', { name: '公示管理' }).click();
      const row = page.getByTestId('publish-table').locator('.ant-table-row').filter({ hasText: '第二批' });
      await expect(row.getByTestId('waiting-count')).not.toHaveText('0 家');
      await shot(page, '13-publish');
      await row.getByRole('button', { name: '发布公示' }).click();
      const confirm = page.getByRole('dialog').filter({ hasText: '将该批次所有省级审核通过的申请' });
      await expect(confirm).toContainText('进入为期5个工作日的公示');
      await confirm.getByRole('button', { name: '发布公示' }).click();
      await expect(page.getByText(/公示已发布，公示期 \d{4}-\d{2}-\d{2} 至 \d{4}-\d{2}-\d{2}/)).toBeVisible();
      await expect(row.getByTestId('waiting-count')).toHaveText('0 家');
      await page.getByRole('tab', { name: '公示记录' }).click();
      await expect(page.getByTestId('notices-table')).toContainText('公示中');
    });

    await test.step('退出登录后，公开的公示页面列出该机构', async () => {
      await logout(page);
      await page.getByRole('link', { name: '入库公示' }).click();
      await expect(page).toHaveURL(/\/public\/notices$/);
      const entry = page.getByTestId('notice-entries').locator('.ant-table-row').filter({ hasText: NAME });
      await expect(entry).toContainText('平泉市');
      await expect(entry).toContainText('数字赋能');
      await expect(entry.getByRole('button', { name: '提出异议' })).toBeVisible();
      await expect(page.getByTestId('notice-period').first()).toContainText(/公示期：\d{4}年\d+月\d+日 至 \d{4}年\d+月\d+日（5个工作日）/);
      await shot(page, '14-public-notice', { quiet: true });
    });
  });

  test('公示期间公众可提出异议，省厅在异议处理中认定不成立', async ({ page }) => {
    const target = '平泉市汇智人力资源服务有限公司'; // applicant04: in notice since the demo start
    await page.goto('/public/notices');
    const entry = page.getByTestId('notice-entries').locator('.ant-table-row').filter({ hasText: target });
    await entry.getByRole('button', { name: '提出异议' }).click();
    const dialog = page.getByTestId('objection-modal');
    await dialog.getByRole('button', { name: '提交异议' }).click();
    await expect(dialog.getByText('请填写异议人姓名或单位')).toBeVisible();
    await dialog.getByLabel('异议人姓名或单位').fill('张三');
    await dialog.getByLabel('联系方式').fill('13800001111');
    await dialog.getByLabel('异议内容').fill('该机构的服务场地面积与实际不符，请核实其租赁合同。');
    await solveCaptcha(dialog);
    await expect(dialog.locator('.ant-form-item-explain-error')).toHaveCount(0);
    await shot(page, '15-objection', { viewport: true });
    await dialog.getByRole('button', { name: '提交异议' }).click();
    await expect(dialog.getByText('异议已提交')).toBeVisible();
    await dialog
      .locator('.ant-modal-footer')
      .getByRole('button', { name: btn('关闭') })
      .click();

    await loginAs(page, 'province');
    await page.getByTestId('side-menu').getByRole('menuitem', { name: '公示管理' }).click();
    await page.getByRole('tab', { name: '异议处理' }).click();
    const row = page.getByTestId('objections-table').locator('.ant-table-row').filter({ hasText: '张三' });
    await expect(row).toContainText(target);
    await expect(row).toContainText('待处理');
    await shot(page, '16-objections');
    await row.getByRole('button', { name: '不成立' }).click();
    const resolve = page.getByRole('dialog', { name: '认定异议不成立' });
    await resolve.locator('textarea').fill('经实地核实，服务场地面积与租赁合同一致。');
    await resolve.getByRole('button', { name: btn('确认') }).click();
    await expect(page.getByText('已认定异议不成立')).toBeVisible();
    await expect(page.getByTestId('objections-table').locator('.ant-table-row').filter({ hasText: '张三' })).toHaveCount(0);
  });
});
